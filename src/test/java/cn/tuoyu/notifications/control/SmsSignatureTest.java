package cn.tuoyu.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Alibaba Cloud's documented SendSms signature example (SMS API, "签名机制"), reproduced exactly. */
class SmsSignatureTest {

    private static Map<String, String> documented() {
        Map<String, String> p = new HashMap<>();
        p.put("AccessKeyId", "testId");
        p.put("Action", "SendSms");
        p.put("Format", "XML");
        p.put("OutId", "123");
        p.put("PhoneNumbers", "15300000001");
        p.put("RegionId", "cn-hangzhou");
        p.put("SignName", "阿里云短信测试专用");
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        p.put("SignatureVersion", "1.0");
        p.put("TemplateCode", "SMS_71390007");
        p.put("TemplateParam", "{\"customer\":\"test\"}");
        p.put("Timestamp", "2017-07-12T02:42:19Z");
        p.put("Version", "2017-05-25");
        return p;
    }

    @Test
    void theDocumentedExampleGivesTheDocumentedStringToSignAndSignature() {
        assertEquals("GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123%26PhoneNumbers%3D"
                + "15300000001%26RegionId%3Dcn-hangzhou%26SignName%3D%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591"
                + "%25E7%259F%25AD%25E4%25BF%25A1%25E6%25B5%258B%25E8%25AF%2595%25E4%25B8%2593%25E7%2594%25A8%26"
                + "SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D45e25e9b-0a6f-4070-8c85-2956eda1b466%26"
                + "SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007%26TemplateParam%3D%257B%2522customer%2522"
                + "%253A%2522test%2522%257D%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25",
                SmsSignature.stringToSign("GET", documented()));
        assertEquals("zJDF+Lrzhj/ThnlvIToysFRq6t4=", SmsSignature.sign("GET", documented(), "testSecret"));
    }

    @Test
    void anyChangedParameterOrSecretChangesTheSignatureAndAnEarlierSignatureIsIgnored() {
        Map<String, String> changed = documented();
        changed.put("PhoneNumbers", "15300000002");
        assertNotEquals("zJDF+Lrzhj/ThnlvIToysFRq6t4=", SmsSignature.sign("GET", changed, "testSecret"));
        assertNotEquals("zJDF+Lrzhj/ThnlvIToysFRq6t4=", SmsSignature.sign("GET", documented(), "otherSecret"));
        Map<String, String> signed = documented();
        signed.put("Signature", "whatever");
        assertEquals("zJDF+Lrzhj/ThnlvIToysFRq6t4=", SmsSignature.sign("GET", signed, "testSecret"));
        assertEquals("a%20b%2A~%2F", SmsSignature.encode("a b*~/"));
    }
}
