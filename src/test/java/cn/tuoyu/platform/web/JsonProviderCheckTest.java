package cn.tuoyu.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.tuoyu.stack.AppProcess;

class JsonProviderCheckTest {

    @AfterEach
    void clear() {
        System.clearProperty(JsonProviderCheck.PROPERTY);
    }

    @Test
    void theCheckSeesWhetherTheJvmNamesAProvider() {
        System.clearProperty(JsonProviderCheck.PROPERTY);
        assertFalse(JsonProviderCheck.named());
        System.setProperty(JsonProviderCheck.PROPERTY, JsonProviderCheck.PARSSON);
        assertTrue(JsonProviderCheck.named());
    }

    @Test
    void theOptionNamesParssonWhichPayaraShips() throws ClassNotFoundException {
        assertEquals("-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl", JsonProviderCheck.JVM_OPTION);
        Class.forName(JsonProviderCheck.PARSSON);
    }

    @Test
    void everyStartOfTheAppCarriesTheOption() throws IOException {
        assertTrue(AppProcess.APP_JVM_OPTIONS.contains(JsonProviderCheck.JVM_OPTION), "run command, ATs, benchmark");
        assertTrue(Files.readString(Path.of("deploy/container/Containerfile")).contains(JsonProviderCheck.JVM_OPTION),
                "the container image");
        assertTrue(Files.readString(Path.of("src/test/java/cn/tuoyu/testing/IntegrationEnvironment.java"))
                .contains("JsonProviderCheck.JVM_OPTION"), "the integration tests");
    }
}
