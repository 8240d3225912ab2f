package cn.tuoyu.platform.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every problem type the server can answer has a sentence in both of the web app's languages: the app turns the
 * type into that sentence ({@code problem.<slug>}), and a type without one would show a bare code to a parent or a
 * clerk. The sentences live in the dictionaries that {@code app/i18n.js} merges (the shell's {@code messages.js} and
 * each feature's {@code <feature>/messages.js}); a dictionary it does not import is never read, so only those count.
 */
class ProblemSentencesTest {

    private static final Path APP = Path.of("src/main/webapp/app");
    private static final Pattern SERVER_SLUG = Pattern.compile(
            "(?:super|Problems\\.of|standard)\\(\\s*\\d{3},\\s*\"([a-z0-9-]+)\"");
    /** {@code import name from './x/messages.js';} in i18n.js. */
    private static final Pattern DICTIONARY_IMPORT = Pattern.compile("import\\s+\\w+\\s+from\\s+'(\\./[^']+)'");
    /** {@code 'problem.slug': ['中文', 'English']}, either text in single or double quotes. */
    private static final Pattern SENTENCE = Pattern.compile("'problem\\.([a-z0-9-]+)':\\s*\\[\\s*"
            + "(?:'([^']*)'|\"([^\"]*)\"),\\s*(?:'([^']*)'|\"([^\"]*)\")\\s*]");
    /** A key at the start of an entry line: {@code   'a.b': [} or {@code   word: [}. */
    private static final Pattern KEY = Pattern.compile("(?m)^  (?:'([^']+)'|([A-Za-z]+)): \\[");

    @Test
    void everyServerProblemTypeHasAChineseAndAnEnglishSentence() throws IOException {
        Set<String> slugs = matches(Path.of("src/main/java"), ".java", SERVER_SLUG, 1);
        assertTrue(slugs.size() > 50, "found the server's problem types: " + slugs.size());
        Set<String> chinese = new TreeSet<>();
        Set<String> english = new TreeSet<>();
        for (Path file : dictionaries()) {
            Matcher m = SENTENCE.matcher(Files.readString(file));
            while (m.find()) {
                if (!text(m, 2).isBlank()) {
                    chinese.add(m.group(1));
                }
                if (!text(m, 4).isBlank()) {
                    english.add(m.group(1));
                }
            }
        }
        assertEquals(new TreeSet<>(), difference(slugs, chinese), "problem types without a Chinese sentence");
        assertEquals(new TreeSet<>(), difference(slugs, english), "problem types without an English sentence");
    }

    /** The dictionaries are merged into one: a key in two of them would silently lose one of its texts. */
    @Test
    void everyKeyLivesInOneDictionary() throws IOException {
        Map<String, List<String>> homes = new TreeMap<>();
        for (Path file : dictionaries()) {
            Matcher m = KEY.matcher(Files.readString(file));
            while (m.find()) {
                String key = m.group(1) != null ? m.group(1) : m.group(2);
                homes.computeIfAbsent(key, k -> new ArrayList<>()).add(APP.relativize(file).toString());
            }
        }
        assertTrue(homes.size() > 500, "found the dictionaries' keys: " + homes.size());
        homes.values().removeIf(files -> files.size() == 1);
        assertEquals(Map.of(), homes, "keys in more than one dictionary");
    }

    /** The dictionary files app/i18n.js imports, each of them present. */
    private static List<Path> dictionaries() throws IOException {
        List<Path> found = new ArrayList<>();
        Matcher m = DICTIONARY_IMPORT.matcher(Files.readString(APP.resolve("i18n.js")));
        while (m.find()) {
            Path file = APP.resolve(m.group(1)).normalize();
            assertTrue(Files.isRegularFile(file), "i18n.js imports " + m.group(1) + ", which is missing");
            found.add(file);
        }
        assertTrue(found.size() >= 2, "i18n.js merges the shell's and the features' dictionaries: " + found);
        return found;
    }

    /** The text in single quotes (group) or in double quotes (group + 1). */
    private static String text(Matcher m, int group) {
        return m.group(group) != null ? m.group(group) : m.group(group + 1);
    }

    private static Set<String> difference(Set<String> all, Set<String> covered) {
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(covered);
        return missing;
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern, int group) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : files(root, suffix)) {
            Matcher m = pattern.matcher(Files.readString(file));
            while (m.find()) {
                found.add(m.group(group));
            }
        }
        return found;
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
