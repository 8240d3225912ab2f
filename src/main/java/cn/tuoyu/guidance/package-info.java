/**
 * Parenting guidance (科学育儿指导) delivered as parent classes (家长课堂) and home visits (入户指导), with the district
 * health staff's visit roster.
 *
 * <p>Policy: the seeds ask districts to give families science-based parenting guidance "通过入户指导、亲子活动、家长课堂等
 * 方式" — 瀍政办〔2022〕15号 (瀍河回族区实施方案) 二(三)2; 市中区人民政府办公室《市中区促进3岁以下婴幼儿照护服务发展的实施方案》
 * (2021-09-25) 二(一)2; 海政办发〔2021〕64号 (海门区实施方案) 三(一)1 (经常性家长课堂和亲子活动; 入户指导等服务; with the
 * attached 通政办规〔2020〕5号: parents of 0–12-month infants get 2 guidance sessions a year, which the entitlements
 * feature keeps as data).
 *
 * <h2>Parent classes</h2>
 * <ul>
 * <li>Health staff publish classes of their own district: topic, venue, start and end, capacity (≥ 1), target age
 * band in whole months, booking cutoff (default: the start; never after it). A class must start in the future and end
 * after it starts. Published classes are listed without login.</li>
 * <li>A resident books a seat for a child they guard (current consent), registered in the class's district, whose
 * age in whole months on the class day (China time) lies in the band, before the cutoff, once per class. The booking
 * reserves one GUIDANCE_SESSION unit (ledger reason CLASS_BOOKING); none left → 422.</li>
 * <li>Never more bookings than seats: {@code parent_classes.seats_taken} is raised only by a conditional UPDATE
 * ({@code WHERE seats_taken < capacity}) and checked by {@code CHECK (seats_taken BETWEEN 0 AND capacity)}; a unique
 * index keeps a child once per class. No JVM locks: several app instances may run.</li>
 * <li>Cancellation before the cutoff releases the unit (CANCELLATION). Staff record attendance once the class has
 * started: attended consumes the unit; a no-show consumes it or releases it (NO_SHOW) as the district's rule in
 * {@code guidance_district_rules.no_show} says (default CONSUME).</li>
 * <li>Waitlist: only full classes take one, in order of joining. A freed seat (cancellation, withdrawn or expired
 * offer) stays counted and is offered to the first child waiting, held for {@code offer_hours} of the district or
 * else {@code app.waitlist-offer-hours} (default 12), never past the booking cutoff. Accepting books it (reserving the
 * unit then); expiry — a conditional UPDATE that a timer runs every 10 s on every instance, rows claimed with
 * {@code SKIP LOCKED} — passes it on, or gives the seat back when nobody waits.</li>
 * </ul>
 *
 * <h2>Home visits and the roster</h2>
 * <ul>
 * <li>A resident requests a visit for a child they guard, with sub-district (街道/乡镇), address and 1–5 preferred
 * windows in the future; it reserves one GUIDANCE_SESSION unit (HOME_VISIT). One open visit per child (unique
 * index).</li>
 * <li>States: DUE (derived: a child of the district aged 0–36 months with units left today and no open visit — the
 * due list), REQUESTED, ASSIGNED, SCHEDULED, DONE, MISSED, CANCELLED; transitions in
 * {@link cn.tuoyu.guidance.entity.VisitState}. Coordinators (realm role {@code visit-coordinator} beside
 * {@code health-commission}) open visits for due children and assign; the assignee or a coordinator schedules,
 * reschedules and records the outcome: DONE (notes and topics covered) consumes the unit; FAMILY_ABSENT (→ MISSED)
 * releases it as NO_SHOW; DECLINED (→ MISSED) and a family's cancellation release it as CANCELLATION.</li>
 * <li>The family sees the scheduled time and confirms it or asks for another; a reschedule clears the answer.</li>
 * <li>The address is shown only to the family, the assigned staff member and the district's coordinators. Staff of
 * another district get 404 for the visit. Every child shown to staff is a logged read (families' access log).</li>
 * <li>Overdue: SCHEDULED whose end has passed without an outcome, or REQUESTED/ASSIGNED older than the district's
 * {@code visit_overdue_days} (default 14).</li>
 * </ul>
 *
 * <h2>Exports</h2>
 * The roster as CSV (commons-csv, Excel format, UTF-8 with a byte-order mark so Excel reads Chinese text; free text
 * starting with = + - @ gets a leading apostrophe so Excel shows it rather than runs it); a resident's booked classes
 * and scheduled visits as an iCalendar feed (biweekly) with a VTIMEZONE for Asia/Shanghai, read with the resident's
 * token or through a subscription URL whose random secret is stored only as its SHA-256 (a new one revokes the old).
 * Waiting places of a class whose bookings have closed are closed by the same timer that expires offers.
 */
package cn.tuoyu.guidance;
