package cn.tuoyu.notifications.control;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.tuoyu.notifications.entity.ChannelKind;

/**
 * SMS through Alibaba Cloud's SMS API (dysmsapi {@code SendSms}, RPC style, version 2017-05-25): a pre-approved
 * template (its code per kind: {@code app.sms.template.<KIND>}, default {@code SMS_TUOYU_<KIND>}), the approved
 * signature name, and only the parameters the template names (masked child name, times, class, facility or batch
 * name: PIPL minimum necessary). The delivery's key goes as {@code OutId}. Off while {@code app.sms.endpoint} is
 * empty. A {@code Code} other than {@code OK} is a failure, kept with its code only.
 */
@ApplicationScoped
public class SmsChannel implements Channel {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    @ConfigProperty(name = "app.sms.endpoint")
    Optional<String> endpoint;

    @Inject
    @ConfigProperty(name = "app.sms.access-key-id")
    Optional<String> accessKeyId;

    @Inject
    @ConfigProperty(name = "app.sms.access-key-secret")
    Optional<String> accessKeySecret;

    @Inject
    @ConfigProperty(name = "app.sms.sign-name", defaultValue = "托育服务")
    String signName;

    @Inject
    Config config;

    @Override
    public ChannelKind kind() {
        return ChannelKind.SMS;
    }

    @Override
    public boolean enabled() {
        return endpoint.filter(e -> !e.isBlank()).isPresent();
    }

    @Override
    public void send(Message message) throws DeliveryFailedException {
        Map<String, String> parameters = parameters(message, Instant.now(), UUID.randomUUID().toString());
        parameters.put("Signature", SmsSignature.sign("POST", parameters, accessKeySecret.orElse("")));
        String body = SmsSignature.canonicalQuery(parameters) + "&Signature="
                + SmsSignature.encode(parameters.get("Signature"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.orElseThrow().strip()))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailedException("SMS provider unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("interrupted");
        }
        String code = code(response.body());
        if (response.statusCode() != 200 || !"OK".equals(code)) {
            throw new DeliveryFailedException("SMS provider answered HTTP " + response.statusCode() + " code " + code);
        }
    }

    /** The request's parameters without its signature. */
    Map<String, String> parameters(Message message, Instant now, String nonce) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Action", "SendSms");
        p.put("Version", "2017-05-25");
        p.put("Format", "JSON");
        p.put("AccessKeyId", accessKeyId.orElse(""));
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureVersion", "1.0");
        p.put("SignatureNonce", nonce);
        p.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)
                .atOffset(ZoneOffset.UTC).toInstant()));
        p.put("PhoneNumbers", message.to());
        p.put("SignName", signName);
        p.put("TemplateCode", config.getOptionalValue("app.sms.template." + message.kind().name(), String.class)
                .orElse(message.kind().smsTemplate()));
        p.put("TemplateParam", templateParam(message));
        p.put("OutId", message.key());
        return p;
    }

    private static String templateParam(Message message) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (String name : message.kind().smsParameters()) {
            json.add(name, message.params().getOrDefault(name, ""));
        }
        return json.build().toString();
    }

    private static String code(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject answer = reader.readObject();
            return answer.containsKey("Code") ? answer.getString("Code", "?") : "?";
        } catch (RuntimeException notJson) {
            return "unreadable";
        }
    }
}
