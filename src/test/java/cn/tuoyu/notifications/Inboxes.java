package cn.tuoyu.notifications;

import static cn.tuoyu.guidance.GuidanceFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import cn.tuoyu.testing.Api;

/**
 * What a person finds in their in-app inbox ({@code GET /api/notifications}, in Chinese), for the tests of the events
 * that tell people: every notice of a kind, filtered by what its text names (a class topic, a batch or facility name
 * unique to the test).
 */
public final class Inboxes {

    private Inboxes() {
    }

    /** The person's notices of this kind whose text contains {@code naming} (newest first). */
    public static List<JsonObject> notices(Api api, String token, String kind, String naming) {
        Api.Reply reply = api.get("/api/notifications?size=100", token);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("kind").equals(kind) && n.getString("body").contains(naming)).toList();
    }

    /** The one notice of this kind naming this; fails when there is none or more than one. */
    public static JsonObject one(Api api, String token, String kind, String naming) {
        List<JsonObject> found = notices(api, token, kind, naming);
        assertEquals(1, found.size(), () -> kind + " naming " + naming + ": " + found);
        return found.get(0);
    }

    /** Asserts the person has no notice of this kind naming this. */
    public static void none(Api api, String token, String kind, String naming) {
        List<JsonObject> found = notices(api, token, kind, naming);
        assertEquals(List.of(), found, () -> "no " + kind + " naming " + naming);
    }

    /** Waits (a server timer's work, at most 90 seconds) for one notice of this kind naming this, and returns it. */
    public static JsonObject awaitOne(Api api, String token, String kind, String naming) throws Exception {
        await(() -> notices(api, token, kind, naming), found -> !found.isEmpty());
        return one(api, token, kind, naming);
    }
}
