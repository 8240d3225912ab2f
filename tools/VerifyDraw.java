// Recomputes a lottery batch's draw from its public JSON and says whether it matches, with nothing but a JDK (17+):
//
//     java tools/VerifyDraw.java https://<host>/api/public/voucher-batches/<batch id>/draw
//     java tools/VerifyDraw.java draw.json
//
// It checks that SHA-256(seed) is the commitment published with the batch, and that the listed order is the one the
// seed gives: by tier, then by hex(HMAC-SHA256(key = seed, message = the application id as its canonical UUID string,
// UTF-8)) ascending, positions 1, 2, 3... Exit status 0 when both match, 1 when either does not, 2 when it cannot tell
// (not drawn yet, unreadable input). The JSON is read with a few patterns for the fields it needs, so no library is
// required.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class VerifyDraw {

    record Entry(String applicationId, int tier, int position) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java tools/VerifyDraw.java <url or file of the public draw JSON>");
            System.exit(2);
        }
        String json = args[0].startsWith("http://") || args[0].startsWith("https://")
                ? HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(args[0]))
                        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body()
                : Files.readString(Path.of(args[0]));
        String commitment = field(json, "commitment");
        String seedHex = field(json, "seed");
        if (commitment == null) {
            System.out.println("no commitment in the input: is it a lottery batch's public draw?");
            System.exit(2);
        }
        if (seedHex == null) {
            System.out.println("not drawn yet: the commitment is " + commitment + "; the seed is revealed at the draw");
            System.exit(2);
        }
        byte[] seed = HexFormat.of().parseHex(seedHex);
        String recomputed = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed));
        boolean commitmentMatches = recomputed.equals(commitment);
        System.out.println("commitment " + (commitmentMatches ? "matches" : "DOES NOT match") + ": sha256(seed) = "
                + recomputed + ", published " + commitment);

        List<Entry> listed = entries(json);
        List<Entry> byPosition = listed.stream().sorted(Comparator.comparingInt(Entry::position)).toList();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(seed, "HmacSHA256"));
        record Ranked(Entry entry, String rank) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Entry e : listed) {
            ranked.add(new Ranked(e, HexFormat.of().formatHex(mac.doFinal(e.applicationId()
                    .getBytes(StandardCharsets.UTF_8)))));
        }
        List<Entry> expected = ranked.stream().sorted(Comparator.comparingInt((Ranked r) -> r.entry().tier())
                .thenComparing(Ranked::rank).thenComparing(r -> r.entry().applicationId())).map(Ranked::entry)
                .toList();
        boolean orderMatches = true;
        for (int i = 0; i < expected.size(); i++) {
            Entry at = byPosition.get(i);
            if (at.position() != i + 1 || !at.applicationId().equals(expected.get(i).applicationId())) {
                orderMatches = false;
                System.out.println("position " + (i + 1) + ": listed " + at.applicationId() + " (position "
                        + at.position() + "), the seed gives " + expected.get(i).applicationId());
            }
        }
        System.out.println("order of " + listed.size() + " applications " + (orderMatches ? "matches" : "DOES NOT match")
                + " the seed");
        System.exit(commitmentMatches && orderMatches ? 0 : 1);
    }

    /** A string field's value, or null when it is absent or null. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The objects of the "entries" array, each with its applicationId, tier and position (in any key order). */
    static List<Entry> entries(String json) {
        int start = json.indexOf("\"entries\"");
        List<Entry> entries = new ArrayList<>();
        if (start < 0) {
            return entries;
        }
        Matcher object = Pattern.compile("\\{([^{}]*)}").matcher(json.substring(start));
        while (object.find()) {
            String body = object.group(1);
            Matcher id = Pattern.compile("\"applicationId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"").matcher(body);
            Matcher tier = Pattern.compile("\"tier\"\\s*:\\s*(\\d+)").matcher(body);
            Matcher position = Pattern.compile("\"position\"\\s*:\\s*(\\d+)").matcher(body);
            if (id.find() && tier.find() && position.find()) {
                entries.add(new Entry(id.group(1), Integer.parseInt(tier.group(1)), Integer.parseInt(position.group(1))));
            }
        }
        return entries;
    }
}
