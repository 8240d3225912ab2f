package cn.tuoyu.vouchers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/** The verifiable draw: the published example ({@code tools/example-draw.json}), recomputed here independently. */
class DrawOrderTest {

    /** The example's seed: the bytes 0, 1, …, 31. */
    static final byte[] SEED = HexFormat.of()
            .parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    static final List<UUID> IDS = List.of(UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301"),
            UUID.fromString("6fa459ea-ee8a-3ca4-894e-db77e160355e"),
            UUID.fromString("b7e0c2a4-1d2f-4b8a-9c3e-5f6a7b8c9d0e"),
            UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"),
            UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"));

    static List<DrawOrder.Entry> entries(int tier) {
        return IDS.stream().map(id -> new DrawOrder.Entry(id, tier)).toList();
    }

    @Test
    void theCommitmentIsTheSeedsSha256InHex() throws Exception {
        assertEquals("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd", DrawOrder.commitment(SEED));
        byte[] seed = DrawOrder.newSeed();
        assertEquals(32, seed.length);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed)),
                DrawOrder.commitment(seed));
        assertNotEquals(DrawOrder.commitment(seed), DrawOrder.commitment(DrawOrder.newSeed()),
                "a fresh seed each time");
    }

    @Test
    void theOrderIsTheHmacOfEachIdAscendingAsPublished() throws Exception {
        List<UUID> drawn = DrawOrder.order(SEED, entries(1)).stream().map(DrawOrder.Entry::id).toList();
        // the published example, as tools/example-draw.json lists it
        assertEquals(List.of("6fa459ea-ee8a-3ca4-894e-db77e160355e", "0f8fad5b-d9cb-469f-a165-70867728950e",
                "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "b7e0c2a4-1d2f-4b8a-9c3e-5f6a7b8c9d0e",
                "7c9e6679-7425-40de-944b-e07fc1f90ae7"), drawn.stream().map(UUID::toString).toList());
        // and recomputed here with javax.crypto.Mac, not with the code under test
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SEED, "HmacSHA256"));
        List<String[]> ranked = new ArrayList<>();
        for (UUID id : IDS) {
            ranked.add(new String[] {id.toString(),
                    HexFormat.of().formatHex(mac.doFinal(id.toString().getBytes(StandardCharsets.UTF_8)))});
        }
        ranked.sort(Comparator.comparing(r -> r[1]));
        assertEquals(ranked.stream().map(r -> r[0]).toList(), drawn.stream().map(UUID::toString).toList());
        assertEquals("085825009696e668d61b6d849b50abf0f5c32ca8997ebbd8cdb625ba9c89eec0",
                DrawOrder.rank(SEED, IDS.get(1)));
    }

    @Test
    void theSameSeedGivesTheSameOrderWhateverOrderTheApplicationsAreReadIn() {
        List<DrawOrder.Entry> reversed = new ArrayList<>(entries(1));
        java.util.Collections.reverse(reversed);
        assertEquals(DrawOrder.order(SEED, entries(1)), DrawOrder.order(SEED, reversed));
        byte[] other = SEED.clone();
        other[0] = 1;
        assertNotEquals(DrawOrder.order(SEED, entries(1)), DrawOrder.order(other, entries(1)),
                "another seed, another order");
    }

    @Test
    void aLowerTierComesFirstWhateverItsRank() {
        List<DrawOrder.Entry> mixed = new ArrayList<>(entries(2));
        DrawOrder.Entry last = new DrawOrder.Entry(UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"), 1);
        mixed.set(4, last);
        assertEquals(last, DrawOrder.order(SEED, mixed).get(0));
    }
}
