/**
 * Notifications (issue 15): people learn of what concerns them — a booking, a waitlist offer and its deadline, a
 * home visit, a voucher, a facility's filing — in the app's inbox, by e-mail and by SMS, and nothing is lost, sent
 * twice or sent at night. These are the platform's own duties, not a plan's article; the rules they follow:
 * <ul>
 * <li><b>Transactional outbox.</b> A feature tells people ({@code control.Notifications.tell}) in the transaction of
 * its change: the notice (the inbox item) and one delivery per outside channel are written with it, so a change that
 * rolls back tells nobody. The database keeps one notice per event and person and one delivery per notice and
 * channel (unique constraints), so an event told twice reaches nobody twice.</li>
 * <li><b>Dispatch.</b> Every app instance, every two seconds, leases due deliveries with {@code FOR UPDATE SKIP
 * LOCKED}, commits, sends outside any row lock, then records the outcome: sent, or tried again after an exponential
 * backoff (30 s doubling to at most an hour), dead after the last attempt (8). A lease that runs out (an instance
 * killed mid-send) makes the delivery due again; every attempt carries the delivery's key (e-mail {@code Message-ID},
 * SMS {@code OutId}), so a receiver can tell a resend. Health staff see their district's dead letters and retry them.
 * </li>
 * <li><b>Preferences.</b> Each person chooses e-mail, SMS and notices that are not essential (all on until they
 * choose). The inbox always gets every notice. An <b>essential</b> notice (a waitlist offer's deadline: missing it
 * costs the seat) goes to every channel the person can be reached on whatever they chose; an e-mail's unsubscribe
 * link turns off e-mail that is not essential.</li>
 * <li><b>Manners.</b> No SMS from 21:00 to 08:00 China time: held until 08:00 unless the notice's deadline falls
 * before 08:00 plus a margin (an hour), when morning would be too late. Chinese, or English when the person uses the
 * app in English.</li>
 * <li><b>Minimum personal data</b> (个人信息保护法 PIPL art. 6, minimum necessary): notices carry only the child's
 * masked name (王*明), times, and class, facility or batch names — never an identity number (refused) or an
 * address. An e-mail's subject is the notice's title only; an SMS carries only its approved template's parameters.
 * Addresses are those of the person's verified token (Keycloak), kept when they open the app; errors kept for staff
 * name no address.</li>
 * <li><b>To a number nobody's account holds.</b> {@code Recipients.phone} (e.g. a person a guardian named to pick a
 * child up) writes one SMS delivery that carries its own number, kind, event key, parameters and deadline, and no
 * notification: no inbox item for anyone, no preferences (only what must reach them is sent this way), Chinese. The
 * database keeps one per (event, channel, number) (a partial unique index). Its parameters may be a secret (a
 * one-time code): the delivery's {@code params} column is set to null in the transaction that records it SENT or DEAD
 * (a CHECK constraint refuses a finished direct delivery that still holds them), the code is never logged, and a dead
 * one cannot be retried by staff (its text is gone) and is not on the dead-letter page (which lists a district's
 * notices).</li>
 * </ul>
 */
package cn.tuoyu.notifications;
