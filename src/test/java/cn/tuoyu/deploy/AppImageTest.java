package cn.tuoyu.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The image tarball that {@code package} builds (the pom's {@code image} execution, deploy/README.md) is the image
 * deploy/kubernetes names, starts Payara Micro as the Containerfile and the Deployment do, as uid 10001 on port 8080,
 * and holds a Java runtime that runs in its own file system. Surefire's {@code image-test} execution runs this after
 * {@code package}; in the {@code test} phase, before the tarball exists, the default execution leaves it out.
 */
class AppImageTest {

    private static final Path TAR = Path.of(System.getProperty("image.tar", "target/childcare-image.tar"));
    private static final int UID = 10001;

    private static JsonObject manifest;
    private static JsonObject config;
    private static final List<String> LAYERS = new ArrayList<>();
    /** Every file and directory of the image (paths without a leading slash), as its layers leave it. */
    private static final Map<String, TarArchiveEntry> FILES = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        assumeFalse(Boolean.getBoolean("image.skip"), "the image was not built (-Dimage.skip=true)");
        assumeTrue(Files.exists(TAR), TAR + " was not built: `mvn package` builds it (without -Dimage.skip=true), "
                + "and `mvn verify` runs this test after it");
        Map<String, byte[]> small = new HashMap<>();
        forEachEntry(TAR, (entry, in) -> {
            if (entry.getName().endsWith(".json")) {
                small.put(entry.getName(), in.readAllBytes());
            }
        });
        JsonArray manifests = Json.createReader(new StringReader(text(small.get("manifest.json")))).readArray();
        assertEquals(1, manifests.size(), "one image in the tarball");
        manifest = manifests.getJsonObject(0);
        config = Json.createReader(new StringReader(text(small.get(manifest.getString("Config"))))).readObject()
                .getJsonObject("config");
        manifest.getJsonArray("Layers").getValuesAs(JsonString.class).forEach(l -> LAYERS.add(l.getString()));
        for (String layer : LAYERS) {
            forEachEntry(TAR, (entry, in) -> {
                if (entry.getName().equals(layer)) {
                    forEachEntry(in, (file, content) -> FILES.put(normalized(file.getName()), file));
                }
            });
        }
    }

    @Test
    void theTarballIsTheImageTheKubernetesManifestsName() throws IOException {
        assertEquals(List.of(deploymentContainer().get("image")),
                manifest.getJsonArray("RepoTags").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                        .toList());
    }

    @Test
    void itStartsPayaraMicroAsTheContainerfileAndTheDeploymentDo() throws IOException {
        List<String> entrypoint = strings(config.getJsonArray("Entrypoint"));
        assertEquals("/opt/java/bin/java", entrypoint.get(0), "the image's own runtime");
        List<String> containerfile = containerfileEntrypoint();
        assertEquals(containerfile.subList(1, containerfile.size()), entrypoint.subList(1, entrypoint.size()),
                "the Containerfile's java options and jar");
        assertEquals(deploymentContainer().get("args"), strings(config.getJsonArray("Cmd")),
                "the Deployment's arguments, so that a plain `podman run` starts the app the same way");
        for (String path : List.of("opt/app/payara-micro.jar", "opt/app/childcare.war", "opt/app/preboot.asadmin")) {
            assertTrue(FILES.containsKey(path), path + " is in the image");
        }
        assertFalse(FILES.keySet().stream().anyMatch(f -> f.startsWith("opt/app/exploded")),
                "no exploded copy of the WAR");
        String war = System.getProperty("app.war");
        if (war != null) {
            assertEquals(Files.size(Path.of(war)), FILES.get("opt/app/childcare.war").getSize(), "the WAR just built");
        }
    }

    @Test
    void itRunsAsUid10001AndListensOn8080() throws IOException {
        assertEquals(String.valueOf(UID), config.getString("User"));
        assertTrue(config.getJsonObject("ExposedPorts").containsKey("8080/tcp"), "exposes 8080");
        List<?> ports = (List<?>) deploymentContainer().get("ports");
        assertEquals(8080, ((Map<?, ?>) ports.get(0)).get("containerPort"));
        String containerfile = Files.readString(Path.of("deploy/container/Containerfile"));
        assertTrue(containerfile.contains("\nUSER " + UID + "\n") && containerfile.contains("\nEXPOSE 8080\n"),
                "the Containerfile runs the same user and port");
        assertTrue(FILES.containsKey("etc/passwd"), "a passwd entry for the user");
        assertEquals(0777, FILES.get("tmp").getMode() & 0777, "/tmp is writable by the user");
    }

    @Test
    void itHoldsAJavaRuntimeWithWhatItNeedsBeyondIt() {
        assertTrue((FILES.get("opt/java/bin/java").getMode() & 0111) != 0, "java is executable");
        for (String path : List.of("lib64/ld-linux-x86-64.so.2", "usr/lib/x86_64-linux-gnu/libc.so.6",
                "usr/lib/x86_64-linux-gnu/libz.so.1", "opt/java/lib/server/libjvm.so", "opt/java/lib/tzdb.dat",
                "usr/share/zoneinfo/Asia/Shanghai", "usr/lib/locale/C.utf8/LC_CTYPE",
                "usr/share/doc/childcare-image/SOURCES")) {
            assertTrue(FILES.containsKey(path), path + " is in the image");
        }
        assertTrue(FILES.get("opt/java/lib/security/cacerts").getSize() > 100_000, "CA certificates for HTTPS");
        List<String> env = strings(config.getJsonArray("Env"));
        assertTrue(env.contains("LANG=C.UTF-8"), "UTF-8: " + env);
        // the JVM's default zone stays UTC, as in every test tier and the Containerfile: the app names China's zone
        assertTrue(env.stream().noneMatch(e -> e.startsWith("TZ=")), "no TZ: " + env);
    }

    /**
     * The image's file system, unpacked from its layers, runs its own {@code java} as the image's user with the
     * image's environment: in a chroot with its own /proc (the dynamic loader resolves {@code $ORIGIN} through it).
     */
    @Test
    void itsJavaRunsInItsOwnFileSystem(@TempDir Path root) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/unshare")) && Files.isExecutable(Path.of("/usr/sbin/chroot")),
                "needs unshare and chroot (util-linux, coreutils) to run the image's java");
        for (String layer : LAYERS) {
            forEachEntry(TAR, (entry, in) -> {
                if (entry.getName().equals(layer)) {
                    forEachEntry(in, (file, content) -> unpack(root, file, content));
                }
            });
        }
        Files.createDirectories(root.resolve("proc"));
        Files.setPosixFilePermissions(root, permissions(0755)); // the image's "/", which JUnit made 0700
        boolean root0 = ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        List<String> command = new ArrayList<>(List.of("/usr/bin/unshare"));
        if (!root0) {
            command.addAll(List.of("--user", "--map-root-user"));
        }
        command.addAll(List.of("--fork", "--pid", "--mount-proc=" + root.resolve("proc"), "/usr/sbin/chroot"));
        if (root0) {
            command.add("--userspec=" + UID + ":" + UID);
        }
        command.addAll(List.of(root.toString(), "/opt/java/bin/java", "-XshowSettings:properties", "-version"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        for (String variable : strings(config.getJsonArray("Env"))) {
            String[] pair = variable.split("=", 2);
            builder.environment().put(pair[0], pair[1]);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "java -version ends");
        assumeFalse(!root0 && output.contains("Operation not permitted"),
                "this machine allows no user namespaces for a non-root user: " + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("java.home = /opt/java"), output);
        assertTrue(output.contains("java.specification.version = 17"), output);
        assertTrue(output.contains("file.encoding = UTF-8"), "the C.UTF-8 locale is there: " + output);
        if (root0) {
            assertTrue(output.contains("user.name = app"), "runs as the image's user: " + output);
        }
    }

    private interface EntryReader {

        void read(TarArchiveEntry entry, InputStream content) throws IOException;
    }

    private static void forEachEntry(Path tar, EntryReader reader) throws IOException {
        try (InputStream in = Files.newInputStream(tar)) {
            forEachEntry(in, reader);
        }
    }

    /** Reads a tar stream, gzip-compressed or not (Jib compresses the layers, not the tarball around them). */
    private static void forEachEntry(InputStream raw, EntryReader reader) throws IOException {
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
        in.reset();
        TarArchiveInputStream tar = new TarArchiveInputStream(gzip ? new GZIPInputStream(in, 1 << 16) : in);
        for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
            reader.read(entry, tar);
        }
    }

    private static void unpack(Path root, TarArchiveEntry entry, InputStream content) throws IOException {
        String name = normalized(entry.getName());
        Path target = root.resolve(name).normalize();
        assertTrue(target.startsWith(root), "stays inside the image: " + entry.getName());
        if (entry.isDirectory()) {
            Files.createDirectories(target);
        } else if (entry.isSymbolicLink()) {
            Files.createDirectories(target.getParent());
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
            return;
        } else {
            Files.createDirectories(target.getParent());
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setPosixFilePermissions(target, permissions(entry.getMode()));
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE, high bit first
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << (bits.length - 1 - i))) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }

    private static String normalized(String name) {
        String path = name.startsWith("./") ? name.substring(2) : name.startsWith("/") ? name.substring(1) : name;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Map<?, ?> deploymentContainer() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("deploy/kubernetes/deployment.yaml"))) {
            Map<?, ?> deployment = new Yaml().load(reader);
            Map<?, ?> template = (Map<?, ?>) ((Map<?, ?>) deployment.get("spec")).get("template");
            List<?> containers = (List<?>) ((Map<?, ?>) template.get("spec")).get("containers");
            return (Map<?, ?>) containers.get(0);
        }
    }

    private static List<String> containerfileEntrypoint() throws IOException {
        Matcher line = Pattern.compile("(?m)^ENTRYPOINT (\\[.*])$")
                .matcher(Files.readString(Path.of("deploy/container/Containerfile")));
        assertTrue(line.find(), "the Containerfile has an ENTRYPOINT in exec form");
        return strings(Json.createReader(new StringReader(line.group(1))).readArray());
    }

    private static List<String> strings(JsonArray array) {
        assertNotNull(array);
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String text(byte[] bytes) {
        assertNotNull(bytes, "the tarball holds manifest.json and the config it names");
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
