package cn.tuoyu.notifications.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Alibaba Cloud's RPC request signature (SignatureMethod HMAC-SHA1, SignatureVersion 1.0), as its SMS API
 * (dysmsapi {@code SendSms}) documents it: the parameters other than {@code Signature}, sorted by name, each name and
 * value percent-encoded (RFC 3986: space as {@code %20}, {@code *} as {@code %2A}, {@code ~} kept), joined as a
 * query; the string to sign is {@code METHOD&%2F&} followed by that query percent-encoded again; the signature is the
 * Base64 of its HMAC-SHA1 under the access key secret followed by {@code &}.
 */
public final class SmsSignature {

    private SmsSignature() {
    }

    public static String sign(String method, Map<String, String> parameters, String accessKeySecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((accessKeySecret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(stringToSign(method, parameters).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 unavailable", e);
        }
    }

    public static String stringToSign(String method, Map<String, String> parameters) {
        return method + "&" + encode("/") + "&" + encode(canonicalQuery(parameters));
    }

    /** The sorted, encoded parameters without {@code Signature}: also the body of the request. */
    public static String canonicalQuery(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream().filter(e -> !"Signature".equals(e.getKey()))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
