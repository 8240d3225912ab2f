package cn.tuoyu.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import cn.tuoyu.notifications.control.SmsSignature;

/**
 * A stand-in for Alibaba Cloud's SMS API on loopback, for the tests and the run command: it checks each
 * {@code SendSms} request's signature with the configured access key secret, records what a real provider would
 * send (phone, template, template parameters, OutId) and answers {@code {"Code":"OK"}} — or, after
 * {@link #failNext(int)}, a provider refusal. {@code GET /messages} lists what it recorded as JSON, so a person can
 * read it. Run on its own: {@code java cn.tuoyu.stack.SmsStandIn <port> <accessKeySecret>}.
 */
public final class SmsStandIn implements AutoCloseable {

    /** One accepted SMS as the provider would send it. */
    public record Sms(String phone, String signName, String template, String params, String outId,
            Instant receivedAt) {

        /** The template parameters as JSON. */
        public JsonObject paramsJson() {
            try (JsonReader reader = Json.createReader(new StringReader(params))) {
                return reader.readObject();
            }
        }
    }

    private final HttpServer server;
    private final String secret;
    private final List<Sms> messages = new ArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile long latencyMillis;

    private SmsStandIn(HttpServer server, String secret) {
        this.server = server;
        this.secret = secret;
    }

    /** Starts on 127.0.0.1 at the port (0: a free one). */
    public static SmsStandIn start(int port, String accessKeySecret) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            SmsStandIn standIn = new SmsStandIn(server, accessKeySecret);
            server.createContext("/", standIn::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return standIn;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The endpoint to configure as {@code app.sms.endpoint}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port() + "/";
    }

    public synchronized List<Sms> messages() {
        return List.copyOf(messages);
    }

    /** Requests refused because their signature did not match. */
    public int badSignatures() {
        return refused.get();
    }

    /** The next n valid requests are refused as a provider refuses (Code isv.BUSINESS_LIMIT_CONTROL). */
    public void failNext(int n) {
        failures.set(n);
    }

    /** Each answer takes this long from now on, as a provider under load does (zero: at once). */
    public void latency(java.time.Duration latency) {
        latencyMillis = latency.toMillis();
    }

    public void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if ("GET".equals(exchange.getRequestMethod()) && "/messages".equals(exchange.getRequestURI().getPath())) {
                answer(exchange, 200, list());
                return;
            }
            String query = "POST".equals(exchange.getRequestMethod())
                    ? read(exchange.getRequestBody())
                    : exchange.getRequestURI().getRawQuery();
            Map<String, String> p = form(query == null ? "" : query);
            String signature = p.remove("Signature");
            if (signature == null || !signature.equals(SmsSignature.sign(exchange.getRequestMethod(), p, secret))) {
                refused.incrementAndGet();
                answer(exchange, 400, code("SignatureDoesNotMatch"));
                return;
            }
            if (!"SendSms".equals(p.get("Action")) || !"2017-05-25".equals(p.get("Version"))) {
                answer(exchange, 400, code("InvalidAction.NotFound"));
                return;
            }
            if (latencyMillis > 0) {
                try {
                    Thread.sleep(latencyMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer(exchange, 200, code("isv.BUSINESS_LIMIT_CONTROL"));
                return;
            }
            synchronized (this) {
                messages.add(new Sms(p.get("PhoneNumbers"), p.get("SignName"), p.get("TemplateCode"),
                        p.get("TemplateParam"), p.get("OutId"), Instant.now()));
            }
            answer(exchange, 200, Json.createObjectBuilder().add("Code", "OK").add("Message", "OK")
                    .add("BizId", "standin-" + System.nanoTime()).add("RequestId", java.util.UUID.randomUUID()
                            .toString())
                    .build().toString());
        }
    }

    private synchronized String list() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Sms sms : messages) {
            all.add(Json.createObjectBuilder().add("phone", sms.phone()).add("signName", sms.signName())
                    .add("template", sms.template()).add("params", sms.params()).add("outId", sms.outId())
                    .add("receivedAt", sms.receivedAt().toString()));
        }
        return all.build().toString();
    }

    private static String code(String code) {
        return Json.createObjectBuilder().add("Code", code).add("Message", code).build().toString();
    }

    private static Map<String, String> form(String query) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            p.put(name, value);
        }
        return p;
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18090;
        String secret = args.length > 1 ? args[1] : System.getenv().getOrDefault("APP_SMS_ACCESS_KEY_SECRET", "");
        SmsStandIn standIn = start(port, secret);
        System.out.println("SMS stand-in on " + standIn.endpoint() + " (what it received: " + standIn.endpoint()
                + "messages)");
        new CountDownLatch(1).await();
    }
}
