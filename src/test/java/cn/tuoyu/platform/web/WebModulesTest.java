package cn.tuoyu.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The web front end's ES modules load without a build step, so nothing checks them before a browser does: an import
 * of a missing file or of a name its module does not export leaves the whole page blank. This reads every module in
 * {@code src/main/webapp/app} and checks its imports, and that the screens leave the HTTP addresses to their
 * feature's {@code api.js}.
 */
class WebModulesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path APP = WEBAPP.resolve("app");
    /** {@code import x from '...'}, {@code import { a, b as c } from '...'}, {@code import * as x from '...'}. */
    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:(\\w+)|\\{([^}]*)\\}|\\*\\s+as\\s+\\w+)\\s+from\\s+'([^']+)';", Pattern.MULTILINE);
    private static final Pattern EXPORTED = Pattern.compile(
            "^export\\s+(?:async\\s+)?(?:function\\*?|const|let|var|class)\\s+([\\w$]+)", Pattern.MULTILINE);
    private static final Pattern EXPORT_LIST = Pattern.compile("^export\\s*\\{([^}]*)\\}", Pattern.MULTILINE);
    /** An HTTP address of the app's API written out: {@code '/api/...'} or {@code `/api/...`}. */
    private static final Pattern API_ADDRESS = Pattern.compile("['`]/api/");

    @Test
    void everyImportNamesAFileThatExportsIt() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> modules = modules();
        assertTrue(modules.size() > 20, "found the app's modules: " + modules.size());
        for (Path module : modules) {
            Matcher m = IMPORT.matcher(Files.readString(module));
            while (m.find()) {
                String where = APP.relativize(module) + " imports " + m.group(3);
                Path target = module.getParent().resolve(m.group(3)).normalize();
                if (!m.group(3).startsWith(".") || !target.startsWith(WEBAPP) || !Files.isRegularFile(target)) {
                    broken.add(where + ": no such file");
                    continue;
                }
                Set<String> exported = exports(Files.readString(target));
                if (m.group(1) != null && !exported.contains("default")) {
                    broken.add(where + ": it has no default export");
                }
                for (String name : names(m.group(2))) {
                    name = name.split("\\s+as\\s+")[0];
                    if (!exported.contains(name)) {
                        broken.add(where + ": it does not export " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** A name imported and declared again in the same module shadows the import (a screen calling itself, say). */
    @Test
    void noModuleDeclaresANameItImports() throws IOException {
        List<String> shadowed = new ArrayList<>();
        for (Path module : modules()) {
            String source = Files.readString(module);
            Set<String> imported = new LinkedHashSet<>();
            Matcher m = IMPORT.matcher(source);
            while (m.find()) {
                if (m.group(1) != null) {
                    imported.add(m.group(1));
                }
                for (String name : names(m.group(2))) {
                    String[] parts = name.split("\\s+as\\s+");
                    imported.add(parts[parts.length - 1]);
                }
            }
            String body = IMPORT.matcher(source).replaceAll("");
            for (String name : imported) {
                if (Pattern.compile("(?:const|let|var|function|class)\\s+" + Pattern.quote(name) + "\\b").matcher(body)
                        .find()) {
                    shadowed.add(APP.relativize(module) + " declares " + name + " again");
                }
            }
        }
        assertEquals(List.of(), shadowed);
    }

    /** Each feature's HTTP calls are in its api.js (api.js at the top is the helper they share). */
    @Test
    void onlyApiModulesWriteApiAddresses() throws IOException {
        List<String> inline = new ArrayList<>();
        for (Path module : modules()) {
            String name = module.getFileName().toString();
            // auth.js reads the client configuration with a plain fetch before there is anyone to send a token for
            if (name.equals("api.js") || module.equals(APP.resolve("auth.js"))) {
                continue;
            }
            if (API_ADDRESS.matcher(Files.readString(module)).find()) {
                inline.add(APP.relativize(module).toString());
            }
        }
        assertEquals(List.of(), inline, "modules with an /api/ address written out");
    }

    /** The names a module exports, "default" among them if it has a default export. */
    private static Set<String> exports(String source) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = EXPORTED.matcher(source);
        while (m.find()) {
            names.add(m.group(1));
        }
        if (Pattern.compile("^export\\s+default\\b", Pattern.MULTILINE).matcher(source).find()) {
            names.add("default");
        }
        Matcher list = EXPORT_LIST.matcher(source);
        while (list.find()) {
            for (String name : names(list.group(1))) {
                String[] parts = name.split("\\s+as\\s+");
                names.add(parts[parts.length - 1]);
            }
        }
        return names;
    }

    /** The entries of an import or export list as written: "a, b as c" gives "a" and "b as c". */
    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        if (list == null) {
            return names;
        }
        for (String part : list.split(",")) {
            String name = part.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static List<Path> modules() throws IOException {
        try (Stream<Path> walk = Files.walk(APP)) {
            return walk.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
    }
}
