package cn.tuoyu.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The manifests in deploy/kubernetes parse, fit together, and carry what an operator relies on. */
class KubernetesManifestsTest {

    private static final Path DIR = Path.of("deploy/kubernetes");
    private static final List<Map<String, Object>> DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        if (document != null) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> map = (Map<String, Object>) document;
                            assertNotNull(map.get("apiVersion"), file + " has apiVersion");
                            assertNotNull(map.get("kind"), file + " has kind");
                            DOCUMENTS.add(map);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theDeploymentProbesTheAppsHealthEndpointsAndLimitsItsResources() {
        Map<String, Object> container = container();
        assertEquals("/health/ready", at(container, "readinessProbe", "httpGet", "path"));
        assertEquals("/health/live", at(container, "livenessProbe", "httpGet", "path"));
        assertEquals("/health/started", at(container, "startupProbe", "httpGet", "path"));
        for (String kind : List.of("requests", "limits")) {
            assertNotNull(at(container, "resources", kind, "cpu"), kind + " cpu");
            assertNotNull(at(container, "resources", kind, "memory"), kind + " memory");
        }
        int replicas = (Integer) at(one("Deployment"), "spec", "replicas");
        assertTrue(replicas >= 2, "at least two instances");
    }

    @Test
    void configurationComesFromTheConfigMapAndSecretThatExist() {
        Set<String> referenced = new HashSet<>();
        for (Object source : (List<?>) container().get("envFrom")) {
            Map<?, ?> ref = (Map<?, ?>) source;
            ref.values().forEach(v -> referenced.add((String) ((Map<?, ?>) v).get("name")));
        }
        assertEquals(Set.of(name(one("ConfigMap")), name(one("Secret"))), referenced);
        Map<?, ?> config = (Map<?, ?>) one("ConfigMap").get("data");
        for (String key : List.of("DB_URL", "KEYCLOAK_URL", "MP_JWT_VERIFY_ISSUER",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION")) {
            assertTrue(config.containsKey(key), "ConfigMap sets " + key);
        }
        Map<?, ?> secret = (Map<?, ?>) one("Secret").get("stringData");
        assertTrue(secret.containsKey("DB_PASSWORD"), "Secret holds the database password");
    }

    @Test
    void theServiceSelectsTheDeploymentWithoutStickySessions() {
        Map<String, Object> service = one("Service");
        assertEquals(at(one("Deployment"), "spec", "template", "metadata", "labels"), at(service, "spec", "selector"));
        assertEquals("None", at(service, "spec", "sessionAffinity"));
        String targetPort = (String) ((Map<?, ?>) ((List<?>) at(service, "spec", "ports")).get(0)).get("targetPort");
        List<?> ports = (List<?>) container().get("ports");
        assertTrue(ports.stream().anyMatch(p -> targetPort.equals(((Map<?, ?>) p).get("name"))), "port name matches");
    }

    @Test
    void theIngressRoutesToTheServiceWithoutAffinity() {
        Map<String, Object> ingress = one("Ingress");
        Map<?, ?> annotations = (Map<?, ?>) at(ingress, "metadata", "annotations");
        assertFalse(
                annotations != null && annotations.keySet().stream().anyMatch(k -> k.toString().contains("affinity")),
                "no sticky-session annotations");
        Map<?, ?> rule = (Map<?, ?>) ((List<?>) at(ingress, "spec", "rules")).get(0);
        Map<?, ?> path = (Map<?, ?>) ((List<?>) ((Map<?, ?>) rule.get("http")).get("paths")).get(0);
        assertEquals(name(one("Service")), ((Map<?, ?>) ((Map<?, ?>) path.get("backend")).get("service")).get("name"));
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        Map<String, Object> kustomization = one("Kustomization");
        Set<String> listed = new HashSet<>();
        ((List<?>) kustomization.get("resources")).forEach(r -> listed.add((String) r));
        try (Stream<Path> files = Files.list(DIR)) {
            Set<String> present = new HashSet<>(files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml")).toList());
            assertEquals(present, listed);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container() {
        List<?> containers = (List<?>) at(one("Deployment"), "spec", "template", "spec", "containers");
        return (Map<String, Object>) containers.get(0);
    }

    private static Map<String, Object> one(String kind) {
        List<Map<String, Object>> found = DOCUMENTS.stream().filter(d -> kind.equals(d.get("kind"))).toList();
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    private static String name(Map<String, Object> document) {
        return (String) at(document, "metadata", "name");
    }

    private static Object at(Map<?, ?> map, String... keys) {
        Object current = map;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }
}
