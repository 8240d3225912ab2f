package cn.tuoyu.testing.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.junit.jupiter.api.Test;

import cn.tuoyu.testing.Deployments;

/**
 * The movable clock and its endpoint are for test WARs only: the WAR the build ships (the one the run command, the
 * acceptance tests and the fault tests start) holds no test class, while the integration tests' archive holds both.
 * Needs no container; runs after {@code package}, when the WAR exists.
 */
class ShippedWarIT {

    static final String TEST_CLASSES = "WEB-INF/classes/cn/tuoyu/testing/";

    @Test
    void theShippedWarHasNoTestClockNorAnyOtherTestClass() throws IOException {
        try (ZipFile war = new ZipFile(Path.of(System.getProperty("app.war")).toFile())) {
            List<String> entries = Collections.list(war.entries()).stream().map(ZipEntry::getName).toList();
            assertTrue(entries.stream().anyMatch(e -> e.startsWith("WEB-INF/classes/cn/tuoyu/platform/time/")),
                    "the shipped classes were read");
            assertEquals(List.of(), entries.stream().filter(e -> e.startsWith(TEST_CLASSES)
                    || e.contains("MovableClock") || e.contains("TestClockResource")).toList());
        }
    }

    @Test
    void theIntegrationTestsArchiveAddsTheClockAndItsEndpoint() {
        List<String> added = Deployments.withMovableClock().getContent().keySet().stream().map(ArchivePath::get)
                .filter(p -> p.startsWith("/" + TEST_CLASSES) && p.endsWith(".class")).sorted().toList();
        assertEquals(List.of("/" + TEST_CLASSES + "clock/MovableClock$Offset.class",
                "/" + TEST_CLASSES + "clock/MovableClock.class",
                "/" + TEST_CLASSES + "clock/TestClockResource$ClockView.class",
                "/" + TEST_CLASSES + "clock/TestClockResource$OffsetRequest.class",
                "/" + TEST_CLASSES + "clock/TestClockResource.class"), added);
    }
}
