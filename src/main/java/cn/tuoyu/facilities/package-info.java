/**
 * Childcare facilities (托育机构): their record, filing (备案) and its review, standing, the public directory, and
 * childcare places per 1,000 residents (千人托位数).
 *
 * <h2>Record</h2>
 * Name, unified social credit code (统一社会信用代码, 18 characters, GB 32100-2015 check character), address, district,
 * registration type, service types, places by class type, affordable (普惠) and demonstration (示范) flags, quality
 * grade, opening hours, contact, whether meals are served.
 * <ul>
 * <li>Registration types follow where a facility registers: 编制部门 (public non-profit), 民政部门 (private non-profit),
 * 市场监管部门 (for-profit) — 瀍政办〔2022〕15号 二(二)2; 西工区实施方案（征求意见稿） 二(二)2.</li>
 * <li>Service types 全日托, 半日托, 计时托, 临时托 — 《十堰市促进3岁以下婴幼儿照护服务发展实施方案》 二(二)1 and 二(三)3.</li>
 * <li>Facility staff are bound to one facility by the Keycloak attribute {@code facility_id}; they create the record
 * under that id and see and edit only it (any other id is 404). Health staff see the facilities of their district.</li>
 * <li>Until filed, staff edit the record freely. Once filed, only contact and opening hours change directly; address,
 * places, service types and the rest change through a reviewed change application; district and credit code never
 * (十堰市实施方案 二(三)4: 备案、年审、信息变更、机构注销 online).</li>
 * </ul>
 *
 * <h2>Filing and review</h2>
 * <ul>
 * <li>Materials (瀍政办〔2022〕15号 二(二)2; 西工区实施方案 二(二)2): business licence or legal-person certificate,
 * proof of premises, staff qualification and health certificates, the 《托幼机构卫生评价报告》 rated 合格, fire-safety
 * acceptance or filing spot-check notice, and the 《食品经营许可证》 when meals are served. A filing cannot be submitted
 * without them, nor approved (checked again at the decision, against the record as it is then: a facility that has
 * since said it serves meals needs the food licence too); the refusal names each missing material. The reviewer
 * reads the hygiene evaluation's conclusion from the report (the district's 妇幼保健机构 carries the evaluation out,
 * 西工区实施方案 二(二)2: 向区妇幼保健机构申请卫生评价) and records it with the decision: filing needs 合格 (422
 * {@code hygiene-not-qualified} otherwise), and the database refuses a filing decision without it; a refusal may
 * record 不合格 as its ground.</li>
 * <li>Uploads are PDF, JPEG or PNG recognised by their content (magic bytes) and matching the declared Content-Type,
 * at most {@code app.max-upload-bytes} (5 MiB); they are kept in PostgreSQL, never on the web root, and served only
 * as attachments ({@code nosniff}, {@code sandbox}) to the facility's staff and its district's health staff.</li>
 * <li>Health staff of the facility's district (区卫生健康部门) decide: file (filing number and date) or refuse with
 * reasons; approve or refuse changes and deregistration; suspend, reinstate or revoke with reasons. An application is
 * decided once (a unique index on decisions per application; rows locked while deciding); at most one application
 * per facility is in progress (a partial unique index). Every decision is kept, append-only, with who, when and why.</li>
 * <li>Refused filings are published with their reasons, filed facilities listed publicly: 对不符合备案要求的…说明理由并向
 * 社会公开 (瀍政办〔2022〕15号 二(二)2; 西工区实施方案 二(二)2).</li>
 * </ul>
 *
 * <h2>Standing</h2>
 * Vouchers may only be redeemed at filed facilities in good standing: 选取已备案且服务规范的婴幼儿照护服务机构…发行
 * 体验券 (瀍政办〔2022〕15号 二(一)6). {@link cn.tuoyu.facilities.control.FacilityStanding} answers "may this facility
 * redeem on this day?" — yes only when filed (filing date reached) and not suspended, revoked or deregistered; it
 * reads the database each time, so a suspension counts from the moment it is committed. Health staff list every
 * facility of their district in any standing (filter by standing) to act on it. Suspension while a facility
 * 限期整改 and revocation when e.g. 连续两年检查不合格 (《市中区促进3岁以下婴幼儿照护服务发展的实施方案》 二(四)3);
 * revoked and deregistered are final.
 *
 * <h2>Places per 1,000 residents</h2>
 * Places of facilities whose filing stands (filed or suspended), per district population (entered by the district's
 * health staff), against the plans' targets kept as data in {@code places_targets}: 瀍河回族区 1.47 by 2021 and 6.26 by
 * 2025 (瀍政办〔2022〕15号 一、目标要求); 西工区 4.1 by 2025 (西工区实施方案（征求意见稿） 一、目标要求); 海门区 4.5 by 2025
 * (海政办发〔2021〕64号 二、工作目标). The other seeded districts publish no figure. The population is entered once, through
 * the districts feature ({@code PUT /api/districts/{code}/population}).
 *
 * <h2>Bounds on input</h2>
 * A filing date lies within the last ten years and not in the future; names, addresses, opening hours, grades,
 * filing numbers and reasons are plain text with no bidi controls, invisible format characters or control
 * characters (reasons may span lines). Both are checked as input: 400 naming the field.
 */
package cn.tuoyu.facilities;
