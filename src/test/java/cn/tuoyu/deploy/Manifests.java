package cn.tuoyu.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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

import org.yaml.snakeyaml.Yaml;

/** The Kubernetes manifests of one folder of deploy/, parsed: each YAML document with its apiVersion and kind. */
final class Manifests {

    private final Path dir;
    private final List<Map<String, Object>> documents = new ArrayList<>();

    private Manifests(Path dir) {
        this.dir = dir;
    }

    static Manifests in(Path dir) throws IOException {
        Manifests manifests = new Manifests(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        if (document != null) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> map = (Map<String, Object>) document;
                            assertNotNull(map.get("apiVersion"), file + " has apiVersion");
                            assertNotNull(map.get("kind"), file + " has kind");
                            manifests.documents.add(map);
                        }
                    }
                }
            }
        }
        return manifests;
    }

    Map<String, Object> one(String kind) {
        List<Map<String, Object>> found = documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
        assertEquals(1, found.size(), "one " + kind + " in " + dir);
        return found.get(0);
    }

    /** The first container of the one Deployment. */
    @SuppressWarnings("unchecked")
    Map<String, Object> container() {
        List<?> containers = (List<?>) at(one("Deployment"), "spec", "template", "spec", "containers");
        return (Map<String, Object>) containers.get(0);
    }

    /** The kustomization's resources and the folder's manifests other than the kustomization. */
    void assertKustomizationListsEveryManifest() throws IOException {
        Set<String> listed = new HashSet<>();
        ((List<?>) one("Kustomization").get("resources")).forEach(r -> listed.add((String) r));
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> present = new HashSet<>(files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml")).toList());
            assertEquals(present, listed);
        }
    }

    static String name(Map<String, Object> document) {
        return (String) at(document, "metadata", "name");
    }

    static Object at(Map<?, ?> map, String... keys) {
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
