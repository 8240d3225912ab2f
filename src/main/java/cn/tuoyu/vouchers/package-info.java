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
 * <li>Lottery mode (摇号/抽签, issue 17). No seed document sets it; it exists for fairness in a surge: when a district
 * opens a few hundred vouchers to many thousand families, first come rewards the fastest phone and network, not
 * need. A batch published with {@code allocation: LOTTERY} takes applications from its claims opening until its draw
 * time, one live application per child (withdrawable until the draw; a database partial unique index). At the draw
 * time a timer on any instance orders every application by a seed committed to when the batch was published
 * ({@link cn.tuoyu.vouchers.entity.DrawOrder}: {@code sha256(seed)} public at once, the seed public after the draw,
 * the order by {@code HMAC-SHA256(seed, application id)}), offers the first {@code quantity} positions a voucher
 * for the batch's offer hours (never past its claims closing) and tells every family its result and position; the
 * public page lists only pseudonymous application ids, tiers and positions, so a family can find itself and anyone
 * can recompute the draw ({@code tools/VerifyDraw.java}). The draw happens once (one draw row per batch, one
 * application per position) in one transaction; an offer not claimed in time passes to the next position and never
 * comes back. A lottery batch gives one voucher per child and its quantity is fixed once published. A district may
 * put some children first (district data with effective dates, {@code lottery_priority_rules}): under
 * {@code NO_VOUCHER_THIS_YEAR} a child who has had no voucher of the district this calendar year applies in tier 1,
 * others in tier 2; tiers are drawn in order and shown in the public list.</li>
 * </ul>
 */
package cn.tuoyu.vouchers;
