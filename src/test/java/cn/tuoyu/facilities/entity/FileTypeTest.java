package cn.tuoyu.facilities.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void recognisesByContent() {
        assertEquals(Optional.of(FileType.PDF), FileType.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileType.JPEG), FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}));
        assertEquals(Optional.of(FileType.PNG),
                FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
    }

    @Test
    void refusesOtherContent() {
        assertTrue(FileType.of("<html><script>".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(FileType.of("%PD".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(FileType.of(new byte[0]).isEmpty());
        assertTrue(FileType.of(null).isEmpty());
    }

    @Test
    void mediaTypesIgnoreParametersAndCase() {
        assertEquals(Optional.of(FileType.PDF), FileType.byMediaType("Application/PDF; charset=binary"));
        assertTrue(FileType.byMediaType("text/plain").isEmpty());
        assertTrue(FileType.byMediaType(null).isEmpty());
    }
}
