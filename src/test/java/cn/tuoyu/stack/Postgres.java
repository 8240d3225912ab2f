package cn.tuoyu.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL on loopback whose data lives in a folder of its own, started the one way the run command,
 * the fault tests and the benchmark all start it: <b>durable</b>. zonky's builder starts PostgreSQL with its test
 * defaults ({@code -F}, i.e. fsync off, and {@code synchronous_commit=off}), under which a crash loses commits already
 * answered; here {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} are set on, after {@code -F} on
 * the command line, so they win. {@link #crash()} kills the postmaster with SIGKILL, as an operating-system kill would;
 * {@link #restart()} starts it again on the same folder and port, and PostgreSQL recovers from its write-ahead log.
 */
public final class Postgres implements AutoCloseable {

    private static final Duration START_ATTEMPTS = Duration.ofSeconds(60);

    private final Path data;
    private final int port;
    private final boolean durable;
    private EmbeddedPostgres server;
    private List<ProcessHandle> lastSeenProcesses = List.of();

    private Postgres(Path data, int port, boolean durable) {
        this.data = data;
        this.port = port;
        this.durable = durable;
    }

    /** A durable PostgreSQL on the folder and port; {@code fresh} starts from an empty folder. */
    public static Postgres start(Path data, int port, boolean fresh) throws IOException {
        return start(data, port, fresh, true);
    }

    /**
     * As {@link #start(Path, int, boolean)}; {@code durable = false} keeps zonky's fast, crash-unsafe test settings —
     * only for showing that the crash test notices lost commits.
     */
    public static Postgres start(Path data, int port, boolean fresh, boolean durable) throws IOException {
        if (fresh) {
            Folders.deleteTree(data);
        }
        Postgres postgres = new Postgres(data, port, durable);
        postgres.server = postgres.launch();
        return postgres;
    }

    private EmbeddedPostgres launch() throws IOException {
        Instant deadline = Instant.now().plus(START_ATTEMPTS);
        while (true) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data)
                        .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60));
                if (durable) {
                    builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                            .setServerConfig("full_page_writes", "on");
                }
                return builder.start();
            } catch (IOException | RuntimeException e) {
                // After a crash, backends of the killed postmaster may hold its shared memory for a moment. zonky
                // keeps the failed attempt's lock on epg-lock; a new file (a new inode) lets the next attempt lock.
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Files.deleteIfExists(data.resolve("epg-lock"));
                sleep(Duration.ofMillis(500));
            }
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** A connection as the superuser, for tests that check what the database holds. */
    public Connection connect() throws SQLException {
        return server.getPostgresDatabase().getConnection();
    }

    /** The postmaster's process id, from {@code postmaster.pid} while it runs. */
    public Optional<Long> postmasterPid() {
        try {
            Path file = data.resolve("postmaster.pid");
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            return Files.readAllLines(file).stream().findFirst().map(String::strip).map(Long::parseLong);
        } catch (IOException | NumberFormatException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** Whether the postmaster is alive. */
    public boolean isRunning() {
        Optional<ProcessHandle> postmaster = postmasterPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        postmaster.ifPresent(p -> lastSeenProcesses = p.descendants().toList());
        return postmaster.isPresent();
    }

    /** Kills the postmaster at once (SIGKILL), leaving the data folder as a crash leaves it. */
    public void crash() {
        ProcessHandle postmaster = postmasterPid().flatMap(ProcessHandle::of)
                .orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        lastSeenProcesses = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        try {
            postmaster.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the postmaster did not die", e);
        }
    }

    /** Starts PostgreSQL again on the same folder and port (stopping it first if it still runs). */
    public void restart() throws IOException {
        release();
        awaitOrphanedBackends();
        server = launch();
    }

    /** Backends of a killed postmaster notice its death and exit; until then they hold its shared memory. */
    private void awaitOrphanedBackends() {
        Instant deadline = Instant.now().plusSeconds(20);
        for (ProcessHandle backend : lastSeenProcesses) {
            while (backend.isAlive() && Instant.now().isBefore(deadline)) {
                sleep(Duration.ofMillis(100));
            }
        }
        lastSeenProcesses = List.of();
    }

    /** Stops PostgreSQL politely (a clean shutdown), keeping its data. */
    @Override
    public void close() {
        release();
    }

    private void release() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
