/**
 * Entitlements: what each child may use of free public services, and the ledger of what it used.
 *
 * <ul>
 * <li>Rules are data per district and effective date: age band in whole months (from, to, inclusive), service kind,
 * count, and window (calendar year, or year of the child's age). The seeded version 1 of every district encodes the
 * Nantong rule (《市政府办公室关于促进3岁以下婴幼儿照护服务发展的实施意见》通政办规〔2020〕5号, attached to
 * 海政办发〔2021〕64号, 三(一)1): parents of 0–12-month infants get 2 parenting-guidance sessions a year; 13–36-month
 * toddlers get 4 free experiential hourly-care sessions a year. A district's health staff publish new versions,
 * effective today or later; the version in force on a China date is the latest effective on or before it. Ledger
 * entries keep the version they were taken under and are never rewritten.</li>
 * <li>Ledger: reserve (a class booking, a claimed voucher), consume (attendance, redemption), release
 * (cancellation, expiry, a no-show that frees the seat), or consume directly (a home visit recorded afterwards).
 * Remaining = count − active reservations − consumptions within the window.</li>
 * <li>The last unit: {@code entitlement_counters} holds one row per child, kind and window; a unit is taken only by
 * {@code UPDATE ... SET used = used + 1 WHERE used < granted}, so PostgreSQL serialises racing takers on the row and
 * exactly one wins; {@code CHECK (used <= granted)} holds whatever the application does.</li>
 * <li>Windows and ages use China dates: a booking at 23:30 on 31 December in Shanghai counts in that year, not the
 * next (it is 15:30 UTC).</li>
 * <li>A rule version takes effect no later than two years ahead (checked as input, 400); effective dates in the past
 * are refused by the rule above (422).</li>
 * </ul>
 */
package cn.tuoyu.entitlements;
