/**
 * Childcare experience vouchers (托育服务体验券).
 *
 * <p>Rules, and where they come from:
 * <ul>
 * <li>Vouchers are redeemable only at filed (备案) facilities in good standing on the day of redemption: 瀍河回族区
 * 《促进3岁以下婴幼儿照护服务发展实施方案》(瀍政办〔2022〕15号) 二(一)6 and 西工区 implementing plan (draft) 二(一)6
 * ("向已备案的、运营良好的托育机构发放托育服务体验券"). A suspended, revoked or deregistered facility is refused.</li>
 * <li>Toddlers of 13–36 months have 4 free experiential hourly-care sessions a year: 南通市 opinion attached to
 * 海政办发〔2021〕64号, 三(一)1. A batch may therefore reserve the child's hourly-care entitlement when a voucher is
 * claimed; the reservation is consumed at redemption and released when the voucher expires unused.</li>
 * <li>Health staff create batches for their own district: value (hours of care and/or face value), quantity,
 * per-child limit, eligible age band, eligible facilities (every filed hourly-care facility of the district, or a
 * list), claim window and validity. Quantity can grow, never shrink below what has been claimed.</li>
 * <li>Exactly the batch quantity is ever issued and never more than the per-child limit, however many claim at
 * once; each voucher is redeemed at most once. PostgreSQL enforces all three (see {@code V40__vouchers.sql}). The
 * batches open to a child say whether it may still claim one (sold out, its limit reached, no hourly-care session
 * left), with the slug of the refusal a claim would give.</li>
 * <li>The code a parent shows rotates every 30 seconds and is accepted for about a minute ({@link
 * cn.tuoyu.vouchers.entity.RotatingCode}); the manual code ({@link cn.tuoyu.vouchers.entity.ManualCode}) is the
 * fallback when scanning fails.</li>
 * <li>A facility may void its own redemption within {@code app.voucher-void-window-minutes} (default 30) with a
 * reason; the voucher can then be redeemed again.</li>
 * <li>When a child is erased, on withdrawal of consent or removal by a guardian (个人信息保护法 art. 47; see the
 * families feature), the child's unredeemed vouchers are cancelled in the same transaction: the reserved entitlement is
 * released and the voucher keeps its serial, counted as issued; redeemed vouchers stay for settlement.</li>
 * <li>Claims, redemptions, voids, expiries and cancellations are written to an append-only audit trail (who, when, which facility,
 * which device and address).</li>
 * <li>Dates a batch may carry (checked as input, 400 naming the field): claims open no earlier than a year ago and
 * no later than two years ahead (a district plans one budget year ahead; a batch opened earlier than that is a typing
 * error, e.g. year 0001); claims close and vouchers expire within three years (no earlier bound of their own: they
 * follow the opening, and terms out of order are refused as contradictory, 422). Names, reasons, codes and devices are
 * plain text: no bidi controls, invisible format characters or control characters ({@code platform.validation}).</li>
 * </ul>
 */
package cn.tuoyu.vouchers;
