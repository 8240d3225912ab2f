package cn.tuoyu.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * What the camera tests show Chromium's fake camera: a QR code PNG fetched by a signed-in page with its own token,
 * turned into a three-second video by Debian's ffmpeg; and the CSV a page downloads.
 */
final class QrVideos {

    private QrVideos() {
    }

    /** The PNG the API answers at {@code apiPath}, fetched by the signed-in page. */
    static byte[] png(Browser browser, String apiPath) {
        Object base64 = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/app/api.js').then((m) => m.apiBlob(arguments[0]))
                  .then((blob) => { const r = new FileReader(); r.onload = () => done(r.result.split(',')[1]);
                    r.readAsDataURL(blob); })
                  .catch((e) => done('ERROR ' + e.message));
                """, apiPath);
        assertFalse(String.valueOf(base64).startsWith("ERROR"), String.valueOf(base64));
        return Base64.getDecoder().decode((String) base64);
    }

    /** A three-second video of the PNG, as Chromium's fake camera plays it ({@code video}: a .y4m path). */
    static Path video(byte[] png, Path pngFile, Path video) throws IOException, InterruptedException {
        Files.write(pngFile, png);
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-y", "-loglevel", "error", "-loop", "1", "-i",
                pngFile.toAbsolutePath().toString(), "-vf",
                "scale=640:480:force_original_aspect_ratio=decrease,pad=640:480:(ow-iw)/2:(oh-ih)/2:white,format=yuv420p",
                "-t", "3", "-r", "10", video.toAbsolutePath().toString()).redirectErrorStream(true).start();
        String output = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(ffmpeg.waitFor(60, TimeUnit.SECONDS), "ffmpeg finished");
        assertEquals(0, ffmpeg.exitValue(), output);
        return video;
    }

    /** The CSV file downloaded into {@code dir}, once it is there and written. */
    static Path downloadedCsv(Path dir) throws InterruptedException, IOException {
        for (int i = 0; i < 60; i++) {
            try (var listing = Files.list(dir)) {
                var done = listing.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the CSV was not downloaded");
    }
}
