/**
 * Hourly care (计时托): facilities publish hourly-care places, parents book a slot for a child, staff check the child
 * in at drop-off and out at pick-up, hours are counted by the district's rule and paid through the experience voucher
 * that the session holds.
 *
 * <p>Policy: 南通市人民政府办公室《关于促进3岁以下婴幼儿照护服务发展的实施意见》 (通政办规〔2020〕5号, attached to
 * 海政办发〔2021〕64号, 海门区实施方案) 三(一)1: "对13—36个月婴幼儿提供一年4次免费体验式计时制照护服务" — the
 * entitlements feature keeps the four sessions a year as data (HOURLY_CARE); 海政办发〔2021〕64号 三(一)2 and
 * 通政办规〔2020〕5号 三(二)4 name 计时托 among the services to offer (as do 十堰市实施方案 (2021) and 西工区实施方案
 * (draft)); 瀍政办〔2022〕15号 二、6 gives experience vouchers (体验券) only at filed facilities that serve well (已备案且
 * 服务规范).
 *
 * <h2>Capacity</h2>
 * <ul>
 * <li>Staff of a filed facility in good standing that offers HOURLY care publish its schedule: opening hours per
 * weekday (China time), slot length (30–480 min), places per slot, the ages taken in whole months, closure dates.
 * A day's slots run from opening, one every slot length, each ending by closing; none on a closure.</li>
 * <li>Parents see a day's slots with the places left; health staff see the places per day and week by facility.</li>
 * </ul>
 *
 * <h2>Booking</h2>
 * <ul>
 * <li>A guardian (current consent) books a slot that has not ended for a child whose age on the slot's day is in the
 * facility's range, at a facility filed and in good standing. Paid with one of the child's claimed vouchers whose
 * batch allows the facility and the age (the voucher becomes HELD) or, where {@code district_care_rules
 * .entitlement_direct} says so, with a unit of the child's HOURLY_CARE entitlement (reserved, reason HOURLY_CARE).</li>
 * <li>Places: one counter row per slot ({@code hourly_care_slots}, {@code CHECK (taken <= places)}), raised only by a
 * conditional UPDATE: never more sessions than places, whatever the race.</li>
 * <li>One session at a time per child: an exclusion constraint (btree_gist) over the child and the session's time
 * while BOOKED or CHECKED_IN; a second booking that overlaps is 409 child-already-in-session.</li>
 * <li>Cancelling up to the district's cutoff before the start gives the place and the voucher (or unit) back;
 * after it, 409. A session nobody came to by its end is a NO_SHOW: the voucher or unit is used up or given back as
 * {@code no_show_consumes} says.</li>
 * </ul>
 *
 * <h2>Drop-off and pick-up</h2>
 * <ul>
 * <li>Each guardian has a pass per session: a rotating QR code of the vouchers' kind (HMAC over 30-second steps,
 * accepted about a minute) and a manual code. Staff scan or type it from an hour before the slot to its end: the
 * session is CHECKED_IN with the time, the staff member and the guardian; a held voucher is redeemed then (an entry
 * in the facility's redemptions), an entitlement unit consumed. A retry with the same {@code Idempotency-Key} gets
 * the first answer; a second check-in is 409; another facility's staff get 404.</li>
 * <li>Pick-up: a guardian's pass for this session, or the one-time code of a person a guardian named in advance
 * (name, relation, mobile; only the code's SHA-256 is kept; the code works once). Anyone else: 403
 * pickup-not-authorised, written to the trail even though the request fails.</li>
 * <li>The code goes to the named person's phone by SMS (notifications' {@code Recipients.phone}: no inbox item, as
 * they are no user), essential, with the session's start as its deadline so quiet hours never hold it past the
 * drop-off; the text: masked child name, facility, code (“您受托接王*明离开…，接送码 1234-5678-9012-3…”). The outbox
 * row loses the code once sent or dead. Only when SMS is off ({@code app.sms.endpoint} empty) does the guardian's page
 * show the code, once, to pass on, and say why.</li>
 * </ul>
 *
 * <h2>Families are told</h2>
 * <ul>
 * <li>In the transaction of each change ({@code control.CareNotices}, the notifications outbox), the child's
 * guardians get: booked (facility, time), cancelled, the reminder the day before (a timer on the injected clock,
 * each session marked {@code reminded_at} once, SKIP LOCKED across instances), checked in (time, facility), checked
 * out (time, hours counted, overstay if any: its own kind), closed uncollected (essential), no-show. Masked child
 * name only; link {@code /care}. A refused step (409, 403) writes nothing.</li>
 * </ul>
 *
 * <h2>Hours and settlement</h2>
 * <ul>
 * <li>Hours run from check-in to check-out (instants: across midnight they count their real length), rounded up per
 * started unit of {@code rounding_minutes} (30: per started half hour), paid up to the batch's {@code care_hours};
 * the rest is overstay, shown to staff and parent and charged outside the platform.</li>
 * <li>A child still checked in when closing time plus {@code closing_grace_minutes} has passed is CLOSED at closing
 * time by a timer on the injected clock, and flagged for review.</li>
 * <li>Settlement: the vouchers' monthly statement (JSON and CSV) counts per facility and batch the sessions ended and
 * the hours given.</li>
 * <li>Every step (schedule, booking, cancellation, check-in, check-out, pick-up named or refused, no-show, closing)
 * is in the append-only {@code hourly_care_audit}.</li>
 * </ul>
 */
package cn.tuoyu.hourlycare;
