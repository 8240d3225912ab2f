/**
 * Families: guardians, their children, and the guardians' consent for children's data.
 *
 * <ul>
 * <li>A resident registers a child aged 0–36 months (婴幼儿, per 国办发〔2019〕15号 and the district plans in
 * ../shared/seeds, e.g. 海政办发〔2021〕64号 三(一)1) with name, sex, birth date, an identity document (18-character
 * resident ID with the GB 11643 check character, or a birth-medical-certificate number for a newborn), residence
 * district and relation. A second guardian joins through an invitation code the first guardian issues (valid 7 days,
 * used once).</li>
 * <li>Children's data is sensitive personal information (个人信息保护法 art. 28, 31: under 14). Nothing of a child is
 * stored or shown until the guardian has given separate consent to the current children's-data notice
 * ({@link cn.tuoyu.families.control.Consents#CURRENT_NOTICE_VERSION}), recorded with time and version. Withdrawal
 * stops processing at once: the guardian's links to children are removed, and each child left without a consenting
 * guardian is irreversibly anonymised in the same transaction (name, sex, birth date and identity number erased; the
 * random id stays so ledgers and statistics keep their counts).</li>
 * <li>Identity numbers are stored encrypted (AES-256-GCM, key {@code app.identity-key} from configuration) with a
 * keyed hash (HMAC-SHA256) beside them under a unique constraint: the same child cannot be registered twice, and the
 * second attempt gets 409 without learning who holds it. Numbers leave the server only masked
 * ({@code 4103**********123X}); names shown to staff are masked ({@code 王*明}).</li>
 * <li>Access: a resident sees only children they guard (any other id is 404); health staff only children of their
 * district; facility staff only a counter summary (masked name, age in months). Each staff read is written to
 * {@code child_access_log} with who, when and why (个人信息保护法 art. 51).</li>
 * <li>Age is counted in whole months in China time (Asia/Shanghai); see {@link cn.tuoyu.families.entity.Age}.</li>
 * </ul>
 */
package cn.tuoyu.families;
