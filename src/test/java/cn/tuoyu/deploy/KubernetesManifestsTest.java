package cn.tuoyu.deploy;

import static cn.tuoyu.deploy.Manifests.at;
import static cn.tuoyu.deploy.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The manifests in deploy/kubernetes parse, fit together, and carry what an operator relies on. */
class KubernetesManifestsTest {

    private static Manifests manifests;

    @BeforeAll
    static void load() throws IOException {
        manifests = Manifests.in(Path.of("deploy/kubernetes"));
    }

    @Test
    void theDeploymentProbesTheAppsHealthEndpointsAndLimitsItsResources() {
        Map<String, Object> container = manifests.container();
        assertEquals("/health/ready", at(container, "readinessProbe", "httpGet", "path"));
        assertEquals("/health/live", at(container, "livenessProbe", "httpGet", "path"));
        assertEquals("/health/started", at(container, "startupProbe", "httpGet", "path"));
        for (String kind : List.of("requests", "limits")) {
            assertNotNull(at(container, "resources", kind, "cpu"), kind + " cpu");
            assertNotNull(at(container, "resources", kind, "memory"), kind + " memory");
        }
        int replicas = (Integer) at(manifests.one("Deployment"), "spec", "replicas");
        assertTrue(replicas >= 2, "at least two instances");
    }

    @Test
    void configurationComesFromTheConfigMapAndSecretThatExist() {
        Set<String> referenced = new HashSet<>();
        for (Object source : (List<?>) manifests.container().get("envFrom")) {
            Map<?, ?> ref = (Map<?, ?>) source;
            ref.values().forEach(v -> referenced.add((String) ((Map<?, ?>) v).get("name")));
        }
        assertEquals(Set.of(name(manifests.one("ConfigMap")), name(manifests.one("Secret"))), referenced);
        Map<?, ?> config = (Map<?, ?>) manifests.one("ConfigMap").get("data");
        for (String key : List.of("DB_URL", "KEYCLOAK_URL", "MP_JWT_VERIFY_ISSUER",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION")) {
            assertTrue(config.containsKey(key), "ConfigMap sets " + key);
        }
        Map<?, ?> secret = (Map<?, ?>) manifests.one("Secret").get("stringData");
        assertTrue(secret.containsKey("DB_PASSWORD"), "Secret holds the database password");
    }

    @Test
    void theServiceSelectsTheDeploymentWithoutStickySessions() {
        Map<String, Object> service = manifests.one("Service");
        assertEquals(at(manifests.one("Deployment"), "spec", "template", "metadata", "labels"),
                at(service, "spec", "selector"));
        assertEquals("None", at(service, "spec", "sessionAffinity"));
        String targetPort = (String) ((Map<?, ?>) ((List<?>) at(service, "spec", "ports")).get(0)).get("targetPort");
        List<?> ports = (List<?>) manifests.container().get("ports");
        assertTrue(ports.stream().anyMatch(p -> targetPort.equals(((Map<?, ?>) p).get("name"))), "port name matches");
    }

    @Test
    void theIngressRoutesToTheServiceWithoutAffinity() {
        Map<String, Object> ingress = manifests.one("Ingress");
        Map<?, ?> annotations = (Map<?, ?>) at(ingress, "metadata", "annotations");
        assertFalse(
                annotations != null && annotations.keySet().stream().anyMatch(k -> k.toString().contains("affinity")),
                "no sticky-session annotations");
        Map<?, ?> rule = (Map<?, ?>) ((List<?>) at(ingress, "spec", "rules")).get(0);
        Map<?, ?> path = (Map<?, ?>) ((List<?>) ((Map<?, ?>) rule.get("http")).get("paths")).get(0);
        assertEquals(name(manifests.one("Service")),
                ((Map<?, ?>) ((Map<?, ?>) path.get("backend")).get("service")).get("name"));
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        manifests.assertKustomizationListsEveryManifest();
    }
}
