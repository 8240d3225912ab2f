package cn.tuoyu.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.spi.JsonProvider;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsonProviderShortcutTest {

    @AfterEach
    void clear() {
        System.clearProperty(JsonProviderShortcut.PROPERTY);
    }

    @Test
    void namesParssonSoThatTheProviderIsNotSearchedFor() {
        assertTrue(JsonProviderShortcut.name(JsonProvider.class.getClassLoader()));
        assertEquals(JsonProviderShortcut.PARSSON, System.getProperty(JsonProviderShortcut.PROPERTY));
        assertEquals(JsonProviderShortcut.PARSSON, JsonProvider.provider().getClass().getName());
    }

    @Test
    void leavesAnOperatorsChoiceAlone() {
        System.setProperty(JsonProviderShortcut.PROPERTY, "com.example.Json");
        assertFalse(JsonProviderShortcut.name(JsonProvider.class.getClassLoader()));
        assertEquals("com.example.Json", System.getProperty(JsonProviderShortcut.PROPERTY));
    }

    @Test
    void leavesDiscoveryAloneWhenParssonCannotBeLoaded() {
        assertFalse(JsonProviderShortcut.name(new ClassLoader(null) { }));
        assertEquals(null, System.getProperty(JsonProviderShortcut.PROPERTY));
    }
}
