package cn.tuoyu.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tests read mails in Chinese as Keycloak and Jakarta Mail encode them: base64, quoted-printable, multiparts. */
class MailServerTest {

    @Test
    void readsTheTextOfEveryTextPartOfANestedMultipartInItsEncoding() {
        String mail = """
                From: a@tuoyu.local\r
                Subject: =?UTF-8?B?6YeN572u5a+G56CB?=\r
                Content-Type: multipart/mixed;\r
                \tboundary="outer"\r
                \r
                --outer\r
                Content-Type: multipart/alternative; boundary=inner\r
                \r
                --inner\r
                Content-Type: text/plain; charset=UTF-8\r
                Content-Transfer-Encoding: base64\r
                \r
                6YeN572u5a+G56CB\r
                --inner\r
                Content-Type: text/html; charset=UTF-8\r
                Content-Transfer-Encoding: quoted-printable\r
                \r
                <a href=3D"http://localhost/reset?key=3Dabc">=E9=87=8D=E7=BD=AE=\r
                </a>\r
                --inner--\r
                --outer\r
                Content-Type: image/png\r
                Content-Transfer-Encoding: base64\r
                \r
                iVBORw0KGgo=\r
                --outer--\r
                """;
        String text = MailServer.Mime.text(mail);
        assertTrue(text.contains("重置密码"), text);
        assertTrue(text.contains("<a href=\"http://localhost/reset?key=abc\">重置</a>"), text);
        assertTrue(!text.contains("PNG") && !text.contains("iVBOR"), text);
    }

    @Test
    void readsASinglePartAsItIsWhenItHasNoTransferEncoding() {
        assertEquals("您好", MailServer.Mime.text("Content-Type: text/plain; charset=UTF-8\r\n\r\n您好").strip());
    }
}
