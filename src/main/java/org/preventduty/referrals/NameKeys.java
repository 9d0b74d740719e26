package org.preventduty.referrals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Normal forms and phonetic keys of names: accents and punctuation removed, nicknames and transliterations (Bill,
 * William; Muhammad, Mohammed) brought to one name, then the Double Metaphone key of the result.
 */
final class NameKeys {

    private static final Map<String, String> CANONICAL = load();

    private NameKeys() {}

    /** Lower case, without accents, hyphens, apostrophes or other marks; spaces between words kept. */
    static String normalise(@Nullable String name) {
        if (name == null) {
            return "";
        }
        var decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^\\p{L}]+", " ")
                .strip();
    }

    /** The first word of a name, as a given name is compared. */
    static String firstWord(@Nullable String name) {
        var normal = normalise(name);
        var space = normal.indexOf(' ');
        return space < 0 ? normal : normal.substring(0, space);
    }

    /** The whole name as one word, as a family name is compared (Al Hassan and Al-Hassan are both alhassan). */
    static String compact(@Nullable String name) {
        return normalise(name).replace(" ", "");
    }

    /** The name every variant of this one stands for. */
    static String canonical(String word) {
        return CANONICAL.getOrDefault(word, word);
    }

    /** The phonetic key of a name (its first word for given names), or {@literal null} when there is no name. */
    static @Nullable String key(@Nullable String name) {
        var word = firstWord(name);
        if (word.isEmpty()) {
            return null;
        }
        return phonetic(canonical(word));
    }

    /** The phonetic key of a family name, taken as one word. */
    static @Nullable String familyKey(@Nullable String name) {
        var word = compact(name);
        return word.isEmpty() ? null : phonetic(canonical(word));
    }

    static String phonetic(String word) {
        var metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(6);
        var key = metaphone.doubleMetaphone(word);
        return key == null || key.isEmpty() ? word : key;
    }

    private static Map<String, String> load() {
        var map = new HashMap<String, String>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("referrals/name-variants.txt").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var words = line.strip().split("\\s+");
                for (var word : words) {
                    map.putIfAbsent(word, words[0]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The list of name variants cannot be read", e);
        }
        return Map.copyOf(map);
    }
}
