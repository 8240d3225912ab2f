package cn.tuoyu.notifications;

import static cn.tuoyu.families.FamilyFixtures.consentingResident;
import static cn.tuoyu.families.FamilyFixtures.registerChild;
import static cn.tuoyu.guidance.GuidanceFixtures.CHINA;
import static cn.tuoyu.guidance.GuidanceFixtures.HAIMEN;
import static cn.tuoyu.guidance.GuidanceFixtures.absent;
import static cn.tuoyu.guidance.GuidanceFixtures.await;
import static cn.tuoyu.guidance.GuidanceFixtures.childBody;
import static cn.tuoyu.guidance.GuidanceFixtures.publishedClass;
import static cn.tuoyu.testing.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.nimbusds.jwt.SignedJWT;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.tuoyu.stack.SmsStandIn;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Bodies;
import cn.tuoyu.testing.Deployments;
import cn.tuoyu.testing.IntegrationEnvironment;
import cn.tuoyu.testing.TestClock;
import cn.tuoyu.testing.TestDatabase;
import cn.tuoyu.testing.TestTokens;

/**
 * Notifications over real HTTP, a real SMTP server (GreenMail) and the SMS stand-in: the outbox commits with the change
 * or not at all, e-mail and SMS arrive once with what they may carry, an SMTP outage delays but loses nothing, a
 * delivery that keeps failing is dead and staff of its district retry it, the inbox, preferences, and a real booking
 * telling the child's guardians. Notices are told through a test-only resource added to this WAR, in a request's
 * transaction as a feature tells them.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final String ZHANGWAN = "410302";
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final Map<String, String> OFFER = Map.of("child", "王*明", "class", "科学喂养", "at",
            "2026-12-06 09:30", "deadline", "2026-12-05 21:30");

    @Deployment(testable = false)
    static WebArchive app() {
        return Deployments.withMovableClock().addClasses(NoticeTestResource.class, NoticeTestResource.TellRequest.class,
                NoticeTestResource.ChangeRefused.class);
    }

    @ArquillianResource
    URL deployment;

    Api api;

    TestClock clock;

    /** Quiet hours are on (21:00–08:00 China time): every test but the night's starts at China noon. */
    @BeforeEach
    void connect() {
        api = new Api(deployment);
        clock = new TestClock(api);
        clock.passToNextInChina(NOON);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A person who opened the app: their token carries these addresses, and their contact is kept. */
    record Person(String subject, String token, String email, String phone) {
    }

    private Person person(String locale, boolean email, boolean sms) {
        String subject = "person-" + UUID.randomUUID();
        return opened(subject, List.of("resident"), locale, email, sms, Map.of());
    }

    private Person opened(String subject, List<String> roles, String locale, boolean email, boolean sms,
            Map<String, String> claims) {
        Map<String, String> attributes = new java.util.HashMap<>(claims);
        String address = email ? subject + "@example.com" : null;
        String phone = sms ? "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)) : null;
        if (address != null) {
            attributes.put("email", address);
        }
        if (phone != null) {
            attributes.put("phone_number", phone);
        }
        String token = TestTokens.sign(TestTokens.claims(subject, roles, attributes).build());
        Api.Reply reply = api.put("/api/notifications/contact", token, "{\"locale\":\"" + locale + "\"}");
        assertEquals(204, reply.status(), reply::toString);
        return new Person(subject, token, address, phone);
    }

    private Api.Reply tell(List<String> to, String kind, String event, Map<String, String> params, boolean essential,
            String district, boolean fail) {
        return api.post("/api/test-notices", null, Bodies.json(new NoticeTestResource.TellRequest(to, null, kind, event,
                params, "/waitlist", essential, null, district, fail)));
    }

    /** An offer told to the person that must be accepted by {@code deadline}. */
    private void toldWithDeadline(Person to, String event, Instant deadline) {
        Api.Reply reply = api.post("/api/test-notices", null, Bodies.json(new NoticeTestResource.TellRequest(List.of(
                to.subject()), null, "WAITLIST_OFFER", event, OFFER, "/waitlist", true, deadline, HAIMEN, false)));
        assertEquals(204, reply.status(), reply::toString);
    }

    private void told(Person to, String event, boolean essential) {
        Api.Reply reply = tell(List.of(to.subject()), "WAITLIST_OFFER", event, OFFER, essential, HAIMEN, false);
        assertEquals(204, reply.status(), reply::toString);
    }

    private static String event() {
        return "it-" + UUID.randomUUID();
    }

    private static List<MimeMessage> mailsTo(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : IntegrationEnvironment.mail().getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    private static List<SmsStandIn.Sms> smsTo(String phone) {
        return IntegrationEnvironment.sms().messages().stream().filter(s -> s.phone().equals(phone)).toList();
    }

    private static String messageKey(String deliveryId) {
        return deliveryId.replace("-", "");
    }

    private static List<String> sentOnce(String event) throws Exception {
        return await(() -> TestDatabase.deliveries(event), d -> !d.isEmpty() && d.stream().allMatch(s -> s.contains(
                "SENT")));
    }

    // ---- the outbox ---------------------------------------------------------------------------------------------

    @Test
    void aChangeThatRollsBackTellsNobodyAndOneThatCommitsArrivesOnceByEachChannel() throws Exception {
        Person p = person("zh-CN", true, true);
        String rolledBack = event();
        assertProblem(tell(List.of(p.subject()), "WAITLIST_OFFER", rolledBack, OFFER, true, HAIMEN, true), 422,
                "test-change-refused");
        String committed = event();
        told(p, committed, false);
        told(p, committed, false);

        assertEquals(List.of("EMAIL SENT 1", "SMS SENT 1"), sentOnce(committed), "told twice, delivered once");
        assertEquals(0, TestDatabase.notices(rolledBack), "nothing of a rolled-back change is left to send");
        assertEquals(List.of(), TestDatabase.deliveries(rolledBack));
        assertEquals(1, TestDatabase.notices(committed));
        List<MimeMessage> mails = mailsTo(p.email());
        assertEquals(1, mails.size());
        assertEquals("<" + messageKey(TestDatabase.deliveryId(committed, "EMAIL")) + "@notifications.tuoyu>",
                mails.get(0).getMessageID());
        List<SmsStandIn.Sms> sms = smsTo(p.phone());
        assertEquals(1, sms.size());
        assertEquals(messageKey(TestDatabase.deliveryId(committed, "SMS")), sms.get(0).outId());

        Api.Reply scraped = api.send(api.request("/metrics?scope=application", null).setHeader("Accept", "text/plain")
                .GET());
        assertEquals(200, scraped.status());
        String metrics = scraped.body();
        assertTrue(Pattern.compile("(?m)^tuoyu_notifications_sent_total\\{channel=\"email\"[^}]*} [1-9]")
                .matcher(metrics).find(), metrics);
        assertTrue(
                Pattern.compile("(?m)^tuoyu_notifications_deliveries\\{channel=\"sms\"[^}]*state=\"sent\"[^}]*} [1-9]")
                        .matcher(metrics).find(),
                metrics);
    }

    // ---- e-mail -------------------------------------------------------------------------------------------------

    @Test
    void anEmailIsInChineseWithTheMaskedNameInItsTextNotItsSubjectAndItsUnsubscribeLinkWorks() throws Exception {
        Person p = person("zh-CN", true, false);
        String event = event();
        told(p, event, false);
        assertEquals(List.of("EMAIL SENT 1"), sentOnce(event));
        MimeMessage mail = mailsTo(p.email()).get(0);
        assertEquals("候补名额待确认", mail.getSubject());
        String text = ((String) mail.getContent()).replace("\r\n", "\n");
        assertTrue(text.startsWith("「科学喂养」（2026-12-06 09:30）为王*明空出一个名额，请在 2026-12-05 21:30 前确认"), text);
        assertTrue(text.contains(IntegrationEnvironment.PUBLIC_URL + "/#/waitlist"), text);
        assertEquals("noreply@tuoyu.it.invalid", mail.getFrom()[0].toString());
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        Matcher link = Pattern.compile(Pattern.quote(IntegrationEnvironment.PUBLIC_URL)
                + "/#/unsubscribe\\?token=([A-Za-z0-9_.%-]+)").matcher(text);
        assertTrue(link.find(), text);
        assertEquals("<" + link.group() + ">", unsubscribe);

        String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
        assertProblem(api.post("/api/notifications/unsubscribe", null, "{\"token\":\"" + token.substring(0, token
                .length() - 3) + "AAA\"}"), 404, "unsubscribe-token-unknown");
        assertTrue(api.get("/api/notifications/preferences", p.token()).json().getBoolean("email"));
        assertEquals(204, api.post("/api/notifications/unsubscribe", null, "{\"token\":\"" + token + "\"}").status());
        assertFalse(api.get("/api/notifications/preferences", p.token()).json().getBoolean("email"));

        String ordinary = event();
        told(p, ordinary, false);
        assertEquals(List.of(), TestDatabase.deliveries(ordinary), "no more e-mail that is not essential");
        String essential = event();
        told(p, essential, true);
        assertEquals(List.of("EMAIL SENT 1"), sentOnce(essential), "an offer's deadline still goes by e-mail");
    }

    @Test
    void whileTheSmtpServerIsDownEmailsWaitAndWhenItIsBackEachArrivesOnce() throws Exception {
        Person p = person("zh-CN", true, false);
        List<String> events = new ArrayList<>();
        IntegrationEnvironment.stopMail();
        try {
            for (int i = 0; i < 5; i++) {
                String event = event();
                events.add(event);
                told(p, event, false);
            }
            for (String event : events) {
                List<String> tried = await(() -> TestDatabase.deliveries(event), d -> d.size() == 1 && !d.get(0)
                        .endsWith(" 0") && d.get(0).startsWith("EMAIL QUEUED"));
                assertTrue(tried.get(0).startsWith("EMAIL QUEUED"), "failed and waiting: " + tried);
            }
        } finally {
            IntegrationEnvironment.startMail();
        }
        Set<String> keys = new java.util.HashSet<>();
        for (String event : events) {
            List<String> sent = sentOnce(event);
            assertEquals(1, sent.size());
            assertNotEquals("EMAIL SENT 1", sent.get(0), "it did fail at least once while the server was down");
            keys.add("<" + messageKey(TestDatabase.deliveryId(event, "EMAIL")) + "@notifications.tuoyu>");
        }
        List<String> received = await(() -> ids(mailsTo(p.email())), r -> r.size() >= 5);
        assertEquals(5, received.size(), "every e-mail once: " + received);
        assertEquals(keys, Set.copyOf(received));
    }

    private static List<String> ids(List<MimeMessage> mails) throws MessagingException {
        List<String> ids = new ArrayList<>();
        for (MimeMessage m : mails) {
            ids.add(m.getMessageID());
        }
        return ids;
    }

    // ---- SMS ----------------------------------------------------------------------------------------------------

    @Test
    void anSmsCarriesItsTemplateAndOnlyTheTemplatesParameters() throws Exception {
        Person p = person("zh-CN", false, true);
        String event = event();
        Api.Reply reply = tell(List.of(p.subject()), "BOOKING_CONFIRMED", event, Map.of("child", "李*", "class",
                "科学喂养", "at", "2026-12-06 09:30", "facility", "不该出现的园所"), false, HAIMEN, false);
        assertEquals(204, reply.status(), reply::toString);
        assertEquals(List.of("SMS SENT 1"), sentOnce(event));
        SmsStandIn.Sms sms = smsTo(p.phone()).get(0);
        assertEquals("SMS_TUOYU_BOOKING_CONFIRMED", sms.template());
        assertEquals("托育服务", sms.signName());
        JsonObject params = sms.paramsJson();
        assertEquals(Set.of("child", "class", "at"), params.keySet(), "only what the template uses: " + params);
        assertEquals("李*", params.getString("child"));
        assertEquals(0, IntegrationEnvironment.sms().badSignatures(), "every request was signed with the secret");
    }

    @Test
    void anSmsToldAtNightIsHeldUntilEightUnlessItsDeadlineWouldThenHavePassed() throws Exception {
        Person p = person("zh-CN", false, true);
        Instant night = clock.passToNextInChina(LocalTime.of(22, 0));
        Instant morning = night.atZone(CHINA).plusDays(1).with(LocalTime.of(8, 0)).toInstant();
        String held = event();
        told(p, held, false);
        assertEquals(morning, await(() -> TestDatabase.deliveryDueAt(held, "SMS"), morning::equals),
                "held until 08:00 China time");

        String urgent = event();
        toldWithDeadline(p, urgent, night.plus(Duration.ofHours(2)));
        assertEquals(List.of("SMS SENT 1"), sentOnce(urgent), "an offer ending at midnight cannot wait for morning");
        String later = event();
        toldWithDeadline(p, later, night.plus(Duration.ofHours(3)));
        assertEquals(List.of("SMS SENT 1"), sentOnce(later));
        assertEquals(List.of("SMS QUEUED 0"), TestDatabase.deliveries(held), "still held after several ticks");
        String heldKey = messageKey(TestDatabase.deliveryId(held, "SMS"));
        assertEquals(List.of(), smsTo(p.phone()).stream().filter(s -> s.outId().equals(heldKey)).toList());

        clock.passTo(morning);
        assertEquals(List.of("SMS SENT 1"), sentOnce(held), "sent at 08:00");
        String after = event();
        told(p, after, false);
        assertEquals(List.of("SMS SENT 1"), sentOnce(after), "a later tick in the morning");
        assertEquals(1, smsTo(p.phone()).stream().filter(s -> s.outId().equals(heldKey)).count(), "once");
        assertEquals(3 + 1, smsTo(p.phone()).size(), "each of the four once");
    }

    @Test
    void aDeliveryThatFailsEveryAttemptIsDeadAndOnlyStaffOfItsDistrictSeeAndRetryIt() throws Exception {
        Person p = person("zh-CN", false, true);
        String event = event();
        IntegrationEnvironment.sms().failNext(IntegrationEnvironment.MAX_ATTEMPTS);
        told(p, event, true);
        List<String> dead = await(() -> TestDatabase.deliveries(event), d -> d.equals(List.of("SMS DEAD "
                + IntegrationEnvironment.MAX_ATTEMPTS)));
        assertEquals(List.of("SMS DEAD " + IntegrationEnvironment.MAX_ATTEMPTS), dead);
        assertEquals(List.of(), smsTo(p.phone()));
        String id = TestDatabase.deliveryId(event, "SMS");

        JsonObject letter = deadLetters(TestTokens.health(HAIMEN)).stream().filter(d -> d.getString("id").equals(id))
                .findFirst().orElseThrow();
        assertEquals("WAITLIST_OFFER", letter.getString("kind"));
        assertTrue(letter.getString("lastError").contains("isv.BUSINESS_LIMIT_CONTROL"), letter::toString);
        assertFalse(letter.toString().contains(p.phone()), "staff do not see the address");
        assertTrue(deadLetters(TestTokens.health(ZHANGWAN)).stream().noneMatch(d -> d.getString("id").equals(id)));
        assertProblem(api.post("/api/notifications/dead-letters/" + id + "/retry", TestTokens.health(ZHANGWAN), "{}"),
                404, "notification-not-found");
        assertProblem(api.get("/api/notifications/dead-letters", p.token()), 403);

        Api.Reply retried = api.post("/api/notifications/dead-letters/" + id + "/retry", TestTokens.health(HAIMEN),
                "{}");
        assertEquals(200, retried.status(), retried::toString);
        assertEquals("QUEUED", retried.json().getString("state"));
        assertEquals(List.of("SMS SENT 1"), sentOnce(event));
        assertEquals(1, smsTo(p.phone()).size());
        assertProblem(api.post("/api/notifications/dead-letters/" + id + "/retry", TestTokens.health(HAIMEN), "{}"),
                409, "delivery-not-dead");
    }

    private List<JsonObject> deadLetters(String token) {
        Api.Reply reply = api.get("/api/notifications/dead-letters?size=100", token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    // ---- inbox and preferences ----------------------------------------------------------------------------------

    @Test
    void theInboxHoldsOnlyTheCallersNoticesInTheirLanguageCountsUnreadAndMarksRead() throws Exception {
        Person chinese = person("zh-CN", false, false);
        Person english = person("en", false, false);
        told(chinese, event(), false);
        told(chinese, event(), true);
        told(english, event(), false);

        JsonObject page = inbox(chinese.token(), null);
        assertEquals(2, page.getInt("total"));
        JsonObject newest = page.getJsonArray("items").getJsonObject(0);
        assertEquals("候补名额待确认", newest.getString("title"));
        assertTrue(newest.getString("body").contains("王*明"));
        assertEquals("/waitlist", newest.getString("link"));
        assertTrue(newest.getBoolean("essential"));
        assertTrue(absent(newest, "readAt"));
        assertTrue(newest.getString("createdAt").endsWith("+08:00"));
        assertEquals("A seat is waiting for you", inbox(chinese.token(), "en-US,en;q=0.9").getJsonArray("items")
                .getJsonObject(0).getString("title"), "Accept-Language first");
        JsonObject theirs = inbox(english.token(), null).getJsonArray("items").getJsonObject(0);
        assertEquals("A seat is waiting for you", theirs.getString("title"), "the language they use the app in");

        assertEquals(2, unread(chinese.token()));
        assertProblem(api.post("/api/notifications/" + theirs.getString("id") + "/read", chinese.token(), "{}"), 404,
                "notification-not-found");
        assertEquals(1, unread(english.token()), "another's notice stays unread");
        Api.Reply read = api.post("/api/notifications/" + newest.getString("id") + "/read", chinese.token(), "{}");
        assertEquals(200, read.status(), read::toString);
        assertFalse(absent(read.json(), "readAt"));
        assertEquals(1, unread(chinese.token()));
        assertEquals(200, api.post("/api/notifications/read-all", chinese.token(), "{}").status());
        assertEquals(0, unread(chinese.token()));
        assertEquals(1, unread(english.token()));
        assertProblem(api.get("/api/notifications", null), 401);
    }

    private JsonObject inbox(String token, String language) {
        var request = api.request("/api/notifications?size=10", token).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        Api.Reply reply = api.send(request);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private long unread(String token) {
        Api.Reply reply = api.get("/api/notifications/unread-count", token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonNumber("unread").longValue();
    }

    @Test
    void preferencesStartAllOnShowMaskedAddressesAndDecideTheChannelsOfWhatIsNotEssential() throws Exception {
        Person p = person("zh-CN", true, true);
        JsonObject initial = api.get("/api/notifications/preferences", p.token()).json();
        assertTrue(initial.getBoolean("email") && initial.getBoolean("sms") && initial.getBoolean("nonEssential"));
        assertEquals(p.email().charAt(0) + "***@example.com", initial.getString("emailAddress"));
        assertEquals(p.phone().substring(0, 3) + "****" + p.phone().substring(7), initial.getString("phone"));

        Api.Reply chosen = api.put("/api/notifications/preferences", p.token(), """
                {"email": false, "sms": true, "nonEssential": true}""");
        assertEquals(200, chosen.status(), chosen::toString);
        assertFalse(chosen.json().getBoolean("email"));
        String smsOnly = event();
        told(p, smsOnly, false);
        assertEquals(List.of("SMS QUEUED 0"), TestDatabase.deliveries(smsOnly).stream().map(d -> d.replaceAll(
                "SENDING|SENT", "QUEUED").replaceAll(" [0-9]+$", " 0")).toList());

        api.put("/api/notifications/preferences", p.token(), """
                {"email": true, "sms": true, "nonEssential": false}""");
        String quiet = event();
        told(p, quiet, false);
        assertEquals(List.of(), TestDatabase.deliveries(quiet), "nothing outside the app");
        assertEquals(1, TestDatabase.notices(quiet), "but the inbox has it");
        String essential = event();
        told(p, essential, true);
        assertEquals(List.of("EMAIL SENT 1", "SMS SENT 1"), sentOnce(essential), "an essential notice goes everywhere");
        assertEquals(List.of("SMS SENT 1"), sentOnce(smsOnly));

        assertProblem(api.put("/api/notifications/preferences", p.token(), """
                {"email": true}"""), 400);
        assertProblem(api.put("/api/notifications/contact", p.token(), """
                {"locale": "fr"}"""), 400);
    }

    @Test
    void aUsernameInThePhoneClaimIsNoAddressAndStillOpensTheApp() {
        String subject = "demo-like-" + UUID.randomUUID();
        String token = TestTokens.sign(TestTokens.claims(subject, List.of("resident"), Map.of("phone_number",
                "demo-parent", "email", "not-an-address")).build());
        Api.Reply reply = api.put("/api/notifications/contact", token, "{\"locale\":\"zh-CN\"}");
        assertEquals(204, reply.status(), reply::toString);
        Person p = new Person(subject, token, null, null);
        String event = event();
        told(p, event, true);
        assertEquals(List.of(), TestDatabase.deliveries(event), "no channel can reach them");
        assertEquals(1, TestDatabase.notices(event), "the inbox has it");
    }

    @Test
    void theStaffOfAFacilityAreThoseWhoOpenedTheAppBoundToIt() throws Exception {
        UUID facility = UUID.randomUUID();
        Person staff = opened("staff-" + UUID.randomUUID(), List.of("facility"), "zh-CN", false, false, Map.of(
                "facility_id", facility.toString()));
        person("zh-CN", false, false);
        String event = event();
        Api.Reply reply = api.post("/api/test-notices", null, Bodies.json(new NoticeTestResource.TellRequest(null,
                facility, "FILING_DECIDED", event, Map.of("facility", "海门区示例托育园"), "/facility", false, null,
                HAIMEN, false)));
        assertEquals(204, reply.status(), reply::toString);
        assertEquals(1, TestDatabase.notices(event));
        assertEquals("海门区示例托育园的备案申请已审核，请在应用中查看结果。", inbox(staff.token(), null).getJsonArray("items")
                .getJsonObject(0).getString("body"));
    }

    // ---- a real event -------------------------------------------------------------------------------------------

    @Test
    void bookingAClassTellsTheChildsGuardianInTheInboxAndByEmailInTheBookingsTransaction() throws Exception {
        String token = consentingResident(api);
        String subject = subjectOf(token);
        String child = registerChild(api, token, 6, HAIMEN);
        Person guardian = opened(subject, List.of("resident"), "zh-CN", true, false, Map.of());
        String classId = publishedClass(api, HAIMEN, 5, 0, 12, 7);
        Api.Reply booked = api.post("/api/classes/" + classId + "/bookings", token, childBody(child));
        assertEquals(201, booked.status(), booked::toString);
        String event = "booking-confirmed:" + booked.json().getString("id");

        assertEquals(List.of("EMAIL SENT 1"), sentOnce(event));
        JsonObject notice = inbox(token, null).getJsonArray("items").getJsonObject(0);
        assertEquals("BOOKING_CONFIRMED", notice.getString("kind"));
        assertTrue(notice.getString("body").startsWith("已为测**宝预约「课程-"), notice::toString);
        MimeMessage mail = mailsTo(guardian.email()).get(0);
        assertEquals("课程预约成功", mail.getSubject());
        assertFalse(mail.getSubject().contains("测"), "the subject never names the child");
        assertTrue(((String) mail.getContent()).contains("测**宝"));

        Api.Reply again = api.post("/api/classes/" + classId + "/bookings", token, childBody(child));
        assertProblem(again, 409);
        assertEquals(1, TestDatabase.notices(event));
        assertEquals(1, inbox(token, null).getInt("total"), "a refused booking tells nothing");
    }

    private static String subjectOf(String token) throws ParseException {
        return SignedJWT.parse(token).getJWTClaimsSet().getSubject();
    }

}
