package cn.tuoyu.families;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.json.Json;

import cn.tuoyu.families.boundary.ConsentsResource;
import cn.tuoyu.families.entity.IdentityDocument;
import cn.tuoyu.testing.Api;
import cn.tuoyu.testing.Bodies;
import cn.tuoyu.testing.TestTokens;

/** Families for integration tests: consenting residents and children with unique, valid identity numbers. */
public final class FamilyFixtures {

    public static final String NOTICE = "2026-11-v1";

    private FamilyFixtures() {
    }

    public static LocalDate todayInChina() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A birth date that makes the child this many whole months old today (China time). */
    public static LocalDate bornMonthsAgo(int months) {
        return todayInChina().minusMonths(months).minusDays(3);
    }

    /** A fresh resident who has consented to the current notice; returns their token. */
    public static String consentingResident(Api api) {
        String token = TestTokens.resident();
        consent(api, token);
        return token;
    }

    public static void consent(Api api, String token) {
        Api.Reply reply = api.put("/api/consents/children-data", token,
                Bodies.json(new ConsentsResource.ConsentRequest(NOTICE)));
        assertEquals(200, reply.status(), reply::toString);
    }

    /**
     * A valid resident ID of a girl born that day (the children of {@link #childJson} are FEMALE), random otherwise
     * (unique for practical purposes).
     */
    public static String residentId(LocalDate birthDate) {
        return residentId(birthDate, false);
    }

    /** A valid resident ID for the birth date and sex (17th digit odd for a boy, even for a girl). */
    public static String residentId(LocalDate birthDate, boolean male) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
        String first17 = String.format("%06d", random.nextInt(110000, 660000))
                + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + IdentityDocument.checkCharacter(first17);
    }

    public static String birthCertificate() {
        return "T" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    public static String childJson(String name, LocalDate birthDate, String kind, String number, String district) {
        return Json.createObjectBuilder().add("name", name).add("sex", "FEMALE").add("birthDate", birthDate.toString())
                .add("documentKind", kind).add("documentNumber", number).add("districtCode", district)
                .add("relation", "MOTHER").build().toString();
    }

    /** Registers a child of this age in the district; returns its id. */
    public static String registerChild(Api api, String token, int months, String district) {
        LocalDate birth = bornMonthsAgo(months);
        Api.Reply reply = api.post("/api/children", token,
                childJson("测试宝宝", birth, "RESIDENT_ID", residentId(birth), district));
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getString("id");
    }
}
