package cn.tuoyu.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Only the feature that owns a table names it in SQL or JPQL; other features ask the owner's control classes. A table
 * created by a migration must have an owner here, and a statement in one feature's code that reads or writes another
 * feature's table fails the build.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/cn/tuoyu");

    /** Every table and the feature (package under {@code cn.tuoyu}) that owns it. */
    private static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("platform_info", "platform"),
            Map.entry("cities", "districts"), Map.entry("districts", "districts"),
            Map.entry("children_data_consents", "families"), Map.entry("children", "families"),
            Map.entry("guardianships", "families"), Map.entry("guardian_invitations", "families"),
            Map.entry("child_access_log", "families"), Map.entry("registration_refusals", "families"),
            Map.entry("entitlement_rule_versions", "entitlements"), Map.entry("entitlement_rules", "entitlements"),
            Map.entry("entitlement_counters", "entitlements"), Map.entry("entitlement_entries", "entitlements"),
            Map.entry("facilities", "facilities"), Map.entry("facility_service_types", "facilities"),
            Map.entry("facility_applications", "facilities"), Map.entry("facility_materials", "facilities"),
            Map.entry("facility_decisions", "facilities"), Map.entry("places_targets", "facilities"),
            Map.entry("guidance_district_rules", "guidance"), Map.entry("parent_classes", "guidance"),
            Map.entry("class_bookings", "guidance"), Map.entry("class_waitlist", "guidance"),
            Map.entry("home_visits", "guidance"), Map.entry("home_visit_windows", "guidance"),
            Map.entry("calendar_feeds", "guidance"), Map.entry("district_staff", "guidance"),
            Map.entry("voucher_batches", "vouchers"), Map.entry("voucher_batch_facilities", "vouchers"),
            Map.entry("vouchers", "vouchers"), Map.entry("voucher_redemptions", "vouchers"),
            Map.entry("idempotency_records", "vouchers"), Map.entry("voucher_audit", "vouchers"),
            Map.entry("voucher_batch_watches", "vouchers"),
            Map.entry("lottery_draws", "vouchers"), Map.entry("lottery_applications", "vouchers"),
            Map.entry("lottery_priority_rules", "vouchers"),
            Map.entry("notification_contact", "notifications"), Map.entry("notification_preference", "notifications"),
            Map.entry("notification", "notifications"), Map.entry("notification_delivery", "notifications"),
            Map.entry("hourly_care_schedules", "hourlycare"), Map.entry("hourly_care_opening_hours", "hourlycare"),
            Map.entry("hourly_care_closures", "hourlycare"), Map.entry("hourly_care_slots", "hourlycare"),
            Map.entry("district_care_rules", "hourlycare"), Map.entry("hourly_care_sessions", "hourlycare"),
            Map.entry("hourly_care_passes", "hourlycare"), Map.entry("hourly_care_pickups", "hourlycare"),
            Map.entry("hourly_care_audit", "hourlycare"));

    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\]|\\\\.)*)\"",
            Pattern.DOTALL);

    @Test
    void everyTableHasAnOwningFeature() {
        Set<String> created = new TreeSet<>();
        for (Path migration : files(MIGRATIONS, ".sql")) {
            Matcher m = CREATE.matcher(read(migration));
            while (m.find()) {
                created.add(m.group(1).toLowerCase());
            }
        }
        assertEquals(created, new TreeSet<>(OWNER.keySet()), "each table a migration creates has one owner here");
    }

    @Test
    void onlyTheOwningFeatureNamesATableInItsStatements() {
        Map<String, Set<String>> found = new TreeMap<>();
        for (Path source : files(SOURCES, ".java")) {
            String feature = SOURCES.relativize(source).getName(0).toString();
            String name = source.getFileName().toString().replace(".java", "");
            String statements = literals(read(source));
            for (Map.Entry<String, String> table : OWNER.entrySet()) {
                if (!table.getValue().equals(feature) && names(statements, table.getKey())) {
                    found.computeIfAbsent(feature + "/" + name, k -> new TreeSet<>()).add(table.getKey());
                }
            }
        }
        assertEquals(Map.of(), found, "a feature's statements name another feature's table: ask the owner's control "
                + "class instead");
    }

    @Test
    void theCheckSeesAForeignTable() {
        assertTrue(names(literals("String sql = \"SELECT c.id FROM children c JOIN vouchers v ON v.child_id = c.id\";"),
                "vouchers"));
        assertTrue(names(literals("String sql = \"\"\"\n    UPDATE facilities\n    SET x = 1\"\"\";"), "facilities"));
        assertTrue(!names(literals("String sql = \"SELECT voucher_batches_id FROM x\"; // FROM vouchers"), "vouchers"),
                "neither a longer name nor a comment counts");
    }

    private static boolean names(String statements, String table) {
        return Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+" + table + "\\b", Pattern.CASE_INSENSITIVE)
                .matcher(statements).find();
    }

    private static String literals(String source) {
        Matcher m = LITERAL.matcher(source);
        StringBuilder all = new StringBuilder();
        while (m.find()) {
            all.append(m.group(1) != null ? m.group(1) : m.group(2)).append(' ');
        }
        return all.toString();
    }

    private static Set<Path> files(Path root, String suffix) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
