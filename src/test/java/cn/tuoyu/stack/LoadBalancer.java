package cn.tuoyu.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Debian's nginx on loopback in front of app instances, from {@code deploy/local/nginx.conf.template}. */
public final class LoadBalancer implements AutoCloseable {

    private final AppProcess nginx;
    private final int port;

    private LoadBalancer(AppProcess nginx, int port) {
        this.nginx = nginx;
        this.port = port;
    }

    public static LoadBalancer start(Path template, Path workDir, int port, List<Integer> instancePorts)
            throws IOException, InterruptedException {
        Path prefix = Files.createDirectories(workDir.resolve("nginx"));
        String upstreams = instancePorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=2s;")
                .collect(Collectors.joining("\n"));
        String config = Files.readString(template).replace("{{PREFIX}}", prefix.toAbsolutePath().toString())
                .replace("{{LISTEN}}", "127.0.0.1:" + port).replace("{{UPSTREAMS}}", upstreams);
        Path file = prefix.resolve("nginx.conf");
        Files.writeString(file, config);
        AppProcess nginx = AppProcess.start("nginx", List.of("/usr/sbin/nginx", "-c", file.toString(), "-p",
                prefix.toString(), "-e", prefix.resolve("error.log").toString()), Map.of(),
                prefix.resolve("nginx.out"));
        LoadBalancer balancer = new LoadBalancer(nginx, port);
        nginx.awaitOk(balancer.url() + "/health/live", Duration.ofMinutes(1));
        return balancer;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        nginx.close();
    }
}
