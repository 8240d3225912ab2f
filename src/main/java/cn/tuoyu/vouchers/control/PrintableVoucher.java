package cn.tuoyu.vouchers.control;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

import cn.tuoyu.platform.time.ChinaTime;

/**
 * A voucher as a page to print or save: what it is worth, until when, the manual code, and the QR code of the
 * moment it was printed. The QR code on paper stops working after a minute by design; the manual code does not,
 * so the page says so.
 */
public final class PrintableVoucher {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ChinaTime.ZONE);

    private PrintableVoucher() {
    }

    public static String html(ClaimedVoucher voucher, VoucherWallet.CurrentCode code) {
        String qr = Base64.getEncoder().encodeToString(QrCodes.png(code.text(), 320));
        StringBuilder value = new StringBuilder();
        if (voucher.careHours() != null) {
            value.append(voucher.careHours().stripTrailingZeros().toPlainString()).append(" 小时托育 hours of care");
        }
        if (voucher.faceValueCents() != null) {
            if (value.length() > 0) {
                value.append(" · ");
            }
            value.append("¥").append(BigDecimal.valueOf(voucher.faceValueCents(), 2).toPlainString());
        }
        return """
                <!doctype html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>托育服务体验券 Childcare experience voucher</title>
                <style>
                  body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 0; }
                  .voucher { max-width: 105mm; margin: 8mm auto; padding: 6mm; border: 2px dashed #0b6e4f; }
                  h1 { font-size: 16pt; margin: 0 0 2mm; } p { margin: 1mm 0; }
                  .code { font: 600 18pt ui-monospace, monospace; letter-spacing: .08em; }
                  img { display: block; width: 60mm; height: 60mm; margin: 3mm auto; image-rendering: pixelated; }
                  @media print { .voucher { margin: 0 auto; } }
                </style></head>
                <body><div class="voucher">
                  <h1>托育服务体验券<br><small>Childcare experience voucher</small></h1>
                  <p>%s</p>
                  <p>%s</p>
                  <p>有效期至 Valid until: %s</p>
                  <img alt="二维码 QR code" src="data:image/png;base64,%s">
                  <p>二维码约一分钟内有效，请在手机上出示最新二维码。The QR code is valid for about a minute: show a fresh
                  one on your phone.</p>
                  <p>手动核销码 Manual code</p>
                  <p class="code">%s</p>
                  <p>No. %d</p>
                </div></body></html>
                """.formatted(escape(voucher.batchName()), escape(value.toString()), DAY.format(voucher.validUntil()),
                qr, escape(code.manualCode()), voucher.serial());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
