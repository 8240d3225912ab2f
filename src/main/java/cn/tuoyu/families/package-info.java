/**
 * Families: guardians, their children, and the guardians' consent for children's data.
 *
 * <ul>
 * <li>A resident registers a child aged 0–36 months (婴幼儿, per 国办发〔2019〕15号 and the district implementation
 * plans, e.g. 海政办发〔2021〕64号 三(一)1) with name, sex, birth date, an identity document (18-character
 * resident ID with the GB 11643 check character, or a birth-medical-certificate number for a newborn), residence
 * district and relation. A second guardian joins through an invitation code the first guardian issues (valid 7 days,
 * used once).</li>
 * <li>Children's data is sensitive personal information (个人信息保护法 art. 28, 31: under 14). Nothing of a child is
 * stored or shown until the guardian has given separate consent to the current children's-data notice
 * ({@link cn.tuoyu.families.control.Consents#CURRENT_NOTICE_VERSION}), recorded with time and version.</li>
 * <li>Withdrawal (个人信息保护法 art. 15, and art. 47(三): when consent is withdrawn the handler deletes the personal
 * information on its own initiative) stops processing at once: the guardian's links to children are removed, and each
 * child left without a guardian whose current consent stands is erased. A child another consenting guardian still
 * guards is kept, with everything open for it. For an erased child, in the withdrawal's one transaction (all or
 * nothing): the other features close what is still open through their own cancellation steps
 * ({@link cn.tuoyu.families.control.ChildrenErased}, observed synchronously) — waitlist places withdrawn, bookings of
 * classes not yet started cancelled (unit released, seat offered to the next family waiting), open home visits
 * cancelled (unit released, the family's address and notes erased), unredeemed vouchers cancelled (reservation
 * released; the voucher stays counted as issued) — while redeemed vouchers, attendance of classes under way and the
 * audit trail stay for settlement and supervision. Then the child is irreversibly anonymised (name, sex, birth date
 * and identity number erased; the random id stays so ledgers and statistics keep their counts). Staff lists and
 * exports keep such a child's rows and show it as {@code 已匿名} ({@code anonymised: true}, no age). Before calling
 * the withdrawal, the web page names the children that would be erased (masked) and what would be cancelled, and
 * asks again.</li>
 * <li>A guardian corrects a child's name, sex or birth date under the rules of registration, checked against the
 * identity number as registered (which cannot be changed: a wrong number means removing the child and registering it
 * again). A resident ID's 17th character gives the sex (GB 11643: odd for male, even for female) and characters 7–14
 * the birth date; a mismatch with either is refused at registration and correction. A guardian may also remove a
 * child (个人信息保护法 art. 47(一)(四), deletion on request): the same cascade and anonymisation as for a withdrawal
 * ({@link cn.tuoyu.families.control.ChildrenErased}), for every guardian of that child, after a confirmation on the
 * page that names the child (masked) and what would be cancelled.</li>
 * <li>Identity numbers are stored encrypted (AES-256-GCM, key {@code app.identity-key} from configuration) with a
 * keyed hash (HMAC-SHA256) beside them under a unique constraint: the same child cannot be registered twice. Anyone
 * else registering the same number gets 409 {@code child-already-registered} — the same answer a second guardian
 * gets, who needs an invitation — with nothing about the child or its family. Each such refusal is written to
 * {@code registration_refusals} (who, when, the keyed hash; never the number); a resident refused 5 times within an
 * hour gets 429 {@code registration-attempts-limited} with {@code Retry-After} for any registration until the oldest
 * refusal is an hour old, counted in PostgreSQL so that it holds across instances (an enumeration of numbers would
 * otherwise learn which children are registered).</li>
 * <li>What each role sees of a child (个人信息保护法 art. 28–31: under-14s' data is sensitive, processed only as far
 * as the purpose needs; GB/T 35273-2020 §6.3 de-identification: a masked value together with the rest of what the
 * same caller is shown must not identify). One answer per row, "—" for never:
 * <table>
 * <caption>Fields of a child per role</caption>
 * <tr><th>who (answers)</th><th>name</th><th>sex</th><th>birth date</th><th>age in months</th><th>district</th>
 * <th>identity number</th><th>visit address</th></tr>
 * <tr><td>guardian ({@code resident}: their children, visits)</td><td>full</td><td>yes</td><td>exact</td><td>yes</td>
 * <td>yes</td><td>kind, masked</td><td>their own visits'</td></tr>
 * <tr><td>health staff ({@code health-commission}: district list and reads, roster, due list, attendees)</td>
 * <td>masked 王*明</td><td>yes</td><td>—</td><td>yes</td><td>own district only</td><td>kind, masked</td><td>—</td></tr>
 * <tr><td>visiting nurse (the visit's assignee) and coordinators ({@code visit-coordinator})</td><td>masked</td>
 * <td>—</td><td>—</td><td>yes</td><td>own district</td><td>—</td><td>of that visit (decrypted for them only)</td></tr>
 * <tr><td>facility staff ({@code facility}: counter summary, redemption receipt)</td><td>masked</td><td>—</td>
 * <td>—</td><td>yes</td><td>yes</td><td>—</td><td>—</td></tr>
 * <tr><td>the public</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td><td>—</td></tr>
 * </table>
 * Why the masked identity number of a resident ID (GB 11643: region 6 digits, birth date 8, sequence 3 whose last is
 * odd for boys, check character 1) shows none of its 18 characters: every answer above carries the district (or the
 * caller knows it: their own) and the birth date or the age in months, and most carry the sex. The first 14
 * characters therefore restate those fields, and the last 4 are exactly what completes the number: with the birth
 * date they rebuild it; with only the age in months (a window of about 30 days) the check character still leaves
 * about 3 candidates. Even the check character alone, next to birth date, district and sex, leaves about 45. A
 * masked form must leave at least 100 candidate numbers given everything the same role is shown
 * ({@code MaskingTest}); for a resident ID only the fully starred form does. Birth-medical-certificate numbers (a
 * letter and 9 digits, given in issue order) restate nothing else: their first and last character are shown
 * ({@code Z********1}). The visiting nurse needs no identity number: the visit's address, sub-district, time and
 * the child's age in months and masked name bring them to the right door, where the family names the child (giving
 * the assignee the full name belongs with the roster changes of issue 11). The platform holds no guardian contact
 * details beyond the visit's address.</li>
 * <li>Access: a resident sees only children they guard (any other id is 404); health staff only children of their
 * district; facility staff only a counter summary of a child whose voucher their facility redeemed — the
 * redemption live, or voided less than {@code app.voucher-void-window-minutes} after it was made — and, while
 * redeeming, of the child whose voucher is being presented; any other child is 404. Each staff read is written to
 * {@code child_access_log} with who, when and why (个人信息保护法 art. 51).</li>
 * <li>Age is counted in whole months in China time (Asia/Shanghai); see {@link cn.tuoyu.families.entity.Age}.</li>
 * <li>Input bounds: a birth date lies within the last 36 months (a later one is refused as in the future, an
 * earlier one as too old: this platform serves children under three); a child's name and document number are plain
 * text, with no bidi controls (e.g. U+202E, which would make a name read differently in the roster and in exports),
 * invisible format characters or control characters (400 naming the field).</li>
 * </ul>
 */
package cn.tuoyu.families;
