package cn.tuoyu.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.tuoyu.platform.web.JsonProviderCheck;

/** A child process we start and stop by its id: the app on Payara Micro, Keycloak, or anything else. */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;

    private AppProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static AppProcess start(String name, List<String> command, Map<String, String> environment, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        // appended, so that the log of a process that died stays beside the log of the one started after it
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new AppProcess(name, builder.start(), log);
    }

    /**
     * JVM options for a process that must start quickly, above all when it is started again after a crash: the
     * client compiler only. Measured on 2 cores with the stack running: the app served again after 10.5–12.4 s
     * instead of 16.8–17.6 s, and the compiler takes less of the CPU the rest of the stack needs while it starts.
     * Peak throughput is lower, so the benchmark and the fault tests that measure under load keep the default.
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    /** JVM options of every start of the app here: heap, and the JSON-P provider named before Payara boots. */
    public static final List<String> APP_JVM_OPTIONS = List.of("-Xmx512m", JsonProviderCheck.JVM_OPTION);

    /** The app on Payara Micro, listening on loopback only, configured by the given environment. */
    public static AppProcess payaraMicro(Path payaraJar, Path war, int port, Map<String, String> environment,
            Path workDir) throws IOException {
        return payaraMicro(payaraJar, war, port, environment, workDir, List.of());
    }

    /** As above, with extra JVM options (e.g. {@link #QUICK_START}). */
    public static AppProcess payaraMicro(Path payaraJar, Path war, int port, Map<String, String> environment,
            Path workDir, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(APP_JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--port", String.valueOf(port), "--nocluster", "--contextroot", "/",
                "--prebootcommandfile", loopbackCommands(workDir).toString()));
        return start("the app", command, environment, workDir.resolve("app.log"));
    }

    /**
     * A class of this project's test classpath run as a process of its own (e.g. the SMS stand-in), so that it can
     * die and be started again like the rest of the stack. The classpath is the one this JVM loaded the class from:
     * under {@code exec:java} that is Maven's class loader, not {@code java.class.path}.
     */
    public static AppProcess java(String name, String mainClass, List<String> arguments, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx64m", "-cp", classpath(), mainClass));
        command.addAll(arguments);
        return start(name, command, Map.of(), log);
    }

    private static String classpath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader loader = AppProcess.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof java.net.URLClassLoader urls) {
                for (java.net.URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                        // not a file: nothing a child JVM could load from
                    }
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(java.io.File.pathSeparator, entries);
    }

    /**
     * A Payara Micro pre-boot command file: the project's own ({@code deploy/payara/preboot.asadmin}, which removes
     * Payara's unused default H2 data source) plus an HTTP listener bound to loopback only.
     */
    public static Path loopbackCommands(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("loopback.asadmin");
        Path shipped = Path.of("deploy", "payara", "preboot.asadmin");
        String commands = Files.exists(shipped) ? Files.readString(shipped) : "";
        Files.writeString(file, commands + "set configs.config.server-config.network-config.network-listeners"
                + ".network-listener.http-listener.address=127.0.0.1\n");
        return file;
    }

    /**
     * Waits until the URL answers 200, failing early if the process dies; a wait that fails says what the URL last
     * answered (a status and the start of its body, or the last connection error).
     */
    public void awaitOk(String url, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        String last = "nothing";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited while starting; see " + log);
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                String body = response.body();
                last = response.statusCode() + " " + body.substring(0, Math.min(300, body.length()));
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not become ready within " + timeout + " (" + url
                + " last answered: " + last + "); see " + log);
    }

    /** The file the process writes its output to (appended across restarts). */
    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the process and its children by id: politely first, forcibly after 20 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    /** Kills the process at once (kill -9), as a crash would. */
    public void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
