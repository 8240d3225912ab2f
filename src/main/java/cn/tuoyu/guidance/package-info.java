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
 * reserves one GUIDANCE_SESSION unit (ledger reason CLASS_BOOKING); none left → 422. Before any tap, the class list
 * tells a signed-in resident per child whether it may book and, if not, the slug of the refusal the booking would
 * give (the booking's own checks are run; likewise {@code GET /api/visits/eligibility} for home visits).</li>
 * <li>Never more bookings than seats: {@code parent_classes.seats_taken} is raised only by a conditional UPDATE
 * ({@code WHERE seats_taken < capacity}) and checked by {@code CHECK (seats_taken BETWEEN 0 AND capacity)}; a unique
 * index keeps a child once per class. No JVM locks: several app instances may run.</li>
 * <li>Cancellation before the cutoff releases the unit (CANCELLATION). Staff record attendance once the class has
 * started: attended consumes the unit; a no-show consumes it or releases it (NO_SHOW) as the district's rule in
 * {@code guidance_district_rules.no_show} says (default CONSUME).</li>
 * <li>Waitlist: only full classes take one, in order of joining. A freed seat (cancellation, withdrawn or expired
 * offer) stays counted and is offered to the first child waiting, held for {@code offer_hours} of the district or
 * else {@code app.waitlist-offer-hours} (default 12), never past the booking cutoff. Accepting books it (reserving the
 * unit then); expiry — which a timer runs every 10 s on every instance, each due offer claimed with
 * {@code SKIP LOCKED} and changed while locked — passes it on, or gives the seat back when nobody waits.</li>
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
 * <li>A visit is assigned only to a health staff member of its district, picked from the district's staff list
 * ({@code district_staff}): a health-commission user is put on it (or moved, or renamed) when they call the API, from
 * their token's subject, name and district claim; the demo staff are seeded. Anyone else — a typed name, staff of
 * another district — is refused (422 {@code unknown-assignee}). No Keycloak admin client: the app never reads
 * Keycloak's users, so staff who have never signed in cannot be picked yet.</li>
 * <li>The family sees the scheduled time and confirms it or asks for another; a reschedule clears the answer.</li>
 * <li>The address is shown only to the family, the assigned staff member and the district's coordinators, and is
 * stored only encrypted (AES-256-GCM under a key derived from {@code app.identity-key} for addresses alone, sealed to
 * the visit id; 个人信息保护法 art. 51(三) 加密). Staff of another district get 404 for the visit. Every child shown to
 * staff is a logged read (families' access log).</li>
 * <li>Overdue: SCHEDULED whose end has passed without an outcome, or REQUESTED/ASSIGNED older than the district's
 * {@code visit_overdue_days} (default 14).</li>
 * </ul>
 *
 * <h2>Bounds on input</h2>
 * Checked as input (400 naming the field, nothing stored, no session reserved): a home-visit window (preferred or
 * scheduled) lies within the coming six months (a week back is let through so that the rule "not in the past" can
 * answer with its own 422); a class starts, ends and closes bookings within a year ahead (classes are published for
 * the coming term). Addresses, sub-districts, topics, venues, notes and assignees are plain text: no bidi controls,
 * invisible format characters or control characters (notes may span lines).
 *
 * <h2>Exports</h2>
 * The roster as CSV, written by the platform's one CSV writer ({@code platform.csv.CsvTable}: Excel format, UTF-8 with
 * a byte-order mark, every text cell that could start a formula prefixed with an apostrophe); a resident's booked classes
 * and scheduled visits as an iCalendar feed (biweekly) with a VTIMEZONE for Asia/Shanghai, read with the resident's
 * token or through a subscription URL whose random secret is stored only as its SHA-256 (a new one revokes the old).
 * Waiting places of a class whose bookings have closed are closed by the same timer that expires offers.
 */
package cn.tuoyu.guidance;
