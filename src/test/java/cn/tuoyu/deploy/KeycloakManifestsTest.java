package cn.tuoyu.deploy;

import static cn.tuoyu.deploy.Manifests.at;
import static cn.tuoyu.deploy.Manifests.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production Keycloak in deploy/keycloak: its manifests parse and fit together, it starts optimized on
 * PostgreSQL behind a TLS-terminating ingress with its secrets out of the manifests, it is probed on its management
 * port, it issues the tokens the app's manifests expect, and its image carries the realm without the demo users.
 */
class KeycloakManifestsTest {

    private static final Path DIR = Path.of("deploy/keycloak");
    private static Manifests keycloak;
    private static Manifests app;

    @BeforeAll
    static void load() throws IOException {
        keycloak = Manifests.in(DIR);
        app = Manifests.in(Path.of("deploy/kubernetes"));
    }

    @Test
    void itStartsOptimizedWithTheRealmImportedNeverInDevelopmentMode() throws IOException {
        List<?> args = (List<?>) keycloak.container().get("args");
        assertEquals(List.of("start", "--optimized", "--import-realm"), args);
        String containerfile = Files.readString(DIR.resolve("Containerfile"));
        assertTrue(containerfile.contains("kc.sh build --db=postgres --health-enabled=true"),
                "the image is built for PostgreSQL, with health endpoints");
        assertTrue(containerfile.contains("CMD [\"start\", \"--optimized\", \"--import-realm\"]"));
        for (Path file : List.of(DIR.resolve("Containerfile"), DIR.resolve("deployment.yaml"))) {
            assertFalse(Files.readString(file).contains("start-dev"), file + ": start-dev is for the run command");
        }
        Matcher from = Pattern.compile("(?m)^FROM quay\\.io/keycloak/keycloak:(\\S+)").matcher(containerfile);
        Set<String> versions = new HashSet<>();
        while (from.find()) {
            versions.add(from.group(1));
        }
        String image = (String) keycloak.container().get("image");
        assertEquals(Set.of(image.substring(image.lastIndexOf(':') + 1)), versions,
                "the Deployment's image is tagged with the Keycloak version it is built from");
    }

    @Test
    void itIsProbedOnTheManagementPort() {
        Map<String, Object> container = keycloak.container();
        Map<String, Integer> ports = new HashMap<>();
        for (Object port : (List<?>) container.get("ports")) {
            ports.put((String) ((Map<?, ?>) port).get("name"), (Integer) ((Map<?, ?>) port).get("containerPort"));
        }
        for (String[] probe : new String[][] {{"startupProbe", "/health/started"},
                {"readinessProbe", "/health/ready"}, {"livenessProbe", "/health/live"}}) {
            assertEquals(probe[1], at(container, probe[0], "httpGet", "path"));
            assertEquals(9000, ports.get((String) at(container, probe[0], "httpGet", "port")), probe[0] + " on 9000");
        }
        for (String kind : List.of("requests", "limits")) {
            assertTrue(at(container, "resources", kind, "memory") != null, kind + " memory");
        }
    }

    @Test
    void itRunsBehindTheTlsTerminatingIngressWithItsSecretsFromTheSecret() {
        Set<String> referenced = new HashSet<>();
        for (Object source : (List<?>) keycloak.container().get("envFrom")) {
            ((Map<?, ?>) source).values().forEach(v -> referenced.add((String) ((Map<?, ?>) v).get("name")));
        }
        assertEquals(Set.of(name(keycloak.one("ConfigMap")), name(keycloak.one("Secret"))), referenced);
        Map<?, ?> config = (Map<?, ?>) keycloak.one("ConfigMap").get("data");
        assertEquals("xforwarded", config.get("KC_PROXY_HEADERS"));
        assertEquals("true", config.get("KC_HTTP_ENABLED"));
        assertTrue(((String) config.get("KC_DB_URL")).startsWith("jdbc:postgresql://"), "PostgreSQL");
        Map<?, ?> secret = (Map<?, ?>) keycloak.one("Secret").get("stringData");
        for (String key : List.of("KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD", "KC_DB_USERNAME",
                "KC_DB_PASSWORD")) {
            assertTrue(secret.containsKey(key), "the Secret holds " + key);
            assertFalse(config.containsKey(key), key + " is not in the ConfigMap");
        }
        assertNotEquals("admin", secret.get("KC_BOOTSTRAP_ADMIN_PASSWORD"), "admin/admin is the run command's only");
        String host = URI.create((String) config.get("KC_HOSTNAME")).getHost();
        Map<String, Object> ingress = keycloak.one("Ingress");
        Map<?, ?> rule = (Map<?, ?>) ((List<?>) at(ingress, "spec", "rules")).get(0);
        assertEquals(host, rule.get("host"));
        assertTrue(((List<?>) at(ingress, "spec", "tls")).stream()
                .anyMatch(t -> ((List<?>) ((Map<?, ?>) t).get("hosts")).contains(host)), "TLS for " + host);
        Map<?, ?> path = (Map<?, ?>) ((List<?>) ((Map<?, ?>) rule.get("http")).get("paths")).get(0);
        assertEquals(name(keycloak.one("Service")),
                ((Map<?, ?>) ((Map<?, ?>) path.get("backend")).get("service")).get("name"));
    }

    @Test
    void theServiceExposesHttpOnlyNotTheManagementPort() {
        Map<String, Object> service = keycloak.one("Service");
        assertEquals(at(keycloak.one("Deployment"), "spec", "template", "metadata", "labels"),
                at(service, "spec", "selector"));
        List<?> ports = (List<?>) at(service, "spec", "ports");
        assertEquals(List.of("http"), ports.stream().map(p -> ((Map<?, ?>) p).get("targetPort")).toList());
    }

    @Test
    void itIssuesTheTokensTheAppExpectsAndSendsUsersBackToTheApp() {
        Map<?, ?> config = (Map<?, ?>) keycloak.one("ConfigMap").get("data");
        Map<?, ?> appConfig = (Map<?, ?>) app.one("ConfigMap").get("data");
        String hostname = (String) config.get("KC_HOSTNAME");
        assertEquals(hostname, appConfig.get("KEYCLOAK_URL"));
        assertEquals(hostname + "/realms/childcare", appConfig.get("MP_JWT_VERIFY_ISSUER"));
        assertEquals(hostname + "/realms/childcare/protocol/openid-connect/certs",
                appConfig.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
        Map<?, ?> appRule = (Map<?, ?>) ((List<?>) at(app.one("Ingress"), "spec", "rules")).get(0);
        assertEquals("https://" + appRule.get("host"), config.get("APP_URL"), "the web client's redirect URIs");
    }

    @Test
    void theImagesRealmIsTheRepositorysWithoutTheDemoUsers() throws IOException {
        String containerfile = Files.readString(DIR.resolve("Containerfile"));
        for (String copy : List.of("COPY realm/themes/tuoyu /opt/keycloak/themes/tuoyu",
                "COPY realm/password-blacklists /opt/keycloak/data/password-blacklists",
                "COPY deploy/keycloak/childcare-realm.json /opt/keycloak/data/import/childcare-realm.json")) {
            assertTrue(containerfile.contains(copy), "the Containerfile says " + copy);
        }
        JsonObject production = json(DIR.resolve("childcare-realm.json"));
        JsonObject repository = json(Path.of("realm/childcare-realm.json"));
        assertFalse(production.containsKey("users"), "no demo users (their passwords are in the README)");
        assertEquals(Json.createObjectBuilder(repository).remove("users").build(), production,
                "deploy/keycloak/childcare-realm.json is realm/childcare-realm.json without \"users\"; make it again with "
                        + "python3 -c 'import json; r = json.load(open(\"realm/childcare-realm.json\")); "
                        + "r.pop(\"users\"); json.dump(r, open(\"deploy/keycloak/childcare-realm.json\", \"w\"), "
                        + "ensure_ascii=False, indent=2)'");
    }

    @Test
    void kustomizationListsEveryManifest() throws IOException {
        keycloak.assertKustomizationListsEveryManifest();
    }

    private static JsonObject json(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return Json.createReader(reader).readObject();
        }
    }
}
