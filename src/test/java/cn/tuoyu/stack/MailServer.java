package cn.tuoyu.stack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A local mail server on loopback: GreenMail standalone ({@code com.icegreen:greenmail-standalone}, Apache-2.0) run
 * from its jar as a process of its own. It accepts every message over SMTP (no authentication) and keeps it in memory,
 * one mailbox per recipient, created on arrival. What was sent is read three ways: GreenMail's REST API and its page
 * describing it ({@link #webUrl()}; {@code GET /api/user/<address>/messages/INBOX} lists a mailbox with each message's
 * decoded subject and raw MIME), IMAP on {@link #imapPort()} (any address as login, any password), or
 * {@link #messages(String)} here, which decodes the text for tests.
 */
public final class MailServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A message as a reader sees it: recipient, subject and the text of its plain and HTML parts, decoded. */
    public record Mail(String to, String subject, String text) {
    }

    private final Path jar;
    private final int smtpPort;
    private final int imapPort;
    private final int webPort;
    private final Path log;
    private volatile AppProcess process;

    private MailServer(Path jar, int smtpPort, int imapPort, int webPort, Path log) {
        this.jar = jar;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.webPort = webPort;
        this.log = log;
    }

    /** Starts GreenMail on the three loopback ports (SMTP, IMAP, its web API); see {@link #awaitReady(Duration)}. */
    public static MailServer start(Path jar, int smtpPort, int imapPort, int webPort, Path log) throws IOException {
        MailServer server = new MailServer(jar, smtpPort, imapPort, webPort, log);
        server.launch();
        return server;
    }

    /** Starts the process again on the same ports (what it held in memory is gone, as after any crash). */
    public void launch() throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + webPort, "-Dgreenmail.auth.disabled",
                "-jar", jar.toString());
        process = AppProcess.start("the mail server", command, Map.of(), log);
    }

    public void awaitReady(Duration timeout) throws InterruptedException {
        process.awaitOk(webUrl() + "/api/service/readiness", timeout);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public AppProcess process() {
        return process;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** GreenMail's page describing its API, and the API under {@code /api}. */
    public String webUrl() {
        return "http://127.0.0.1:" + webPort;
    }

    /** The address where a newcomer reads one recipient's mailbox (JSON: subject and raw MIME of each message). */
    public String mailboxUrl(String address) {
        return webUrl() + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/INBOX";
    }

    /** The messages in the recipient's mailbox, oldest first; none when nothing has arrived for the address. */
    public List<Mail> messages(String address) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(mailboxUrl(address)))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            return List.of();
        }
        List<Mail> mails = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            for (JsonObject message : reader.readArray().getValuesAs(JsonObject.class)) {
                mails.add(new Mail(address, message.getString("subject", ""),
                        Mime.text(message.getString("mimeMessage"))));
            }
        }
        return mails;
    }

    /**
     * Waits until a message to the address matches, and returns it; fails after the timeout, naming what did
     * arrive. Delivery is asynchronous (the app's dispatcher, Keycloak's sender), so a test polls its mailbox.
     */
    public Mail await(String address, java.util.function.Predicate<Mail> wanted, Duration timeout)
            throws IOException, InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plus(timeout);
        List<Mail> seen = List.of();
        while (java.time.Instant.now().isBefore(deadline)) {
            seen = messages(address);
            for (Mail mail : seen) {
                if (wanted.test(mail)) {
                    return mail;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no such mail to " + address + " within " + timeout + "; the mailbox holds: "
                + seen.stream().map(Mail::subject).toList());
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }

    /**
     * Just enough MIME (RFC 2045/2046) to read what the app and Keycloak send: nested multiparts, text parts in
     * base64, quoted-printable or as they are, in their declared charset.
     */
    static final class Mime {

        private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";\\r\\n]+)\"?",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)\"?", Pattern.CASE_INSENSITIVE);

        private Mime() {
        }

        /** The decoded text of every text part of the entity (headers, blank line, body), parts joined by lines. */
        static String text(String entity) {
            String normalized = entity.replace("\r\n", "\n");
            int split = normalized.indexOf("\n\n");
            String headers = split < 0 ? normalized : normalized.substring(0, split);
            String body = split < 0 ? "" : normalized.substring(split + 2);
            headers = headers.replaceAll("\n[ \t]+", " ");
            String type = header(headers, "content-type").toLowerCase(Locale.ROOT);
            if (type.startsWith("multipart/")) {
                Matcher boundary = BOUNDARY.matcher(header(headers, "content-type"));
                if (!boundary.find()) {
                    return body;
                }
                StringBuilder text = new StringBuilder();
                String[] parts = body.split("(?m)^--" + Pattern.quote(boundary.group(1)) + "(?:--)?[ \t]*$");
                for (int i = 1; i < parts.length; i++) {
                    String part = parts[i].startsWith("\n") ? parts[i].substring(1) : parts[i];
                    if (!part.isBlank()) {
                        text.append(text(part)).append('\n');
                    }
                }
                return text.toString();
            }
            if (!type.isEmpty() && !type.startsWith("text/")) {
                return "";
            }
            Matcher charset = CHARSET.matcher(type);
            Charset encoding = charset.find() ? Charset.forName(charset.group(1)) : StandardCharsets.US_ASCII;
            String transfer = header(headers, "content-transfer-encoding").toLowerCase(Locale.ROOT).strip();
            return switch (transfer) {
                case "base64" -> new String(Base64.getMimeDecoder().decode(body), encoding);
                case "quoted-printable" -> new String(quotedPrintable(body), encoding);
                // 8bit text: GreenMail hands it over decoded already when it is not Latin-1
                default -> body.chars().anyMatch(c -> c > 0xFF)
                        ? body
                        : new String(body.getBytes(StandardCharsets.ISO_8859_1), encoding);
            };
        }

        private static String header(String headers, String name) {
            for (String line : headers.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return "";
        }

        private static byte[] quotedPrintable(String body) {
            String joined = body.replace("=\n", "");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1))
                        && isHex(joined.charAt(i + 2))) {
                    bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
            }
            return bytes.toByteArray();
        }

        private static boolean isHex(char c) {
            return Character.digit(c, 16) >= 0;
        }
    }
}
