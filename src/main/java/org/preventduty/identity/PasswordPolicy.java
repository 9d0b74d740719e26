package org.preventduty.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The rules a new password must meet (ASVS 5.0 V6.2): long enough, not too long to accept, not a common password, not
 * made of the name of the service, the council or the user. There are no composition rules, nothing is truncated or
 * case-folded when stored, and passwords never expire.
 */
@Component
class PasswordPolicy {

    static final int MAX_LENGTH = 256;

    private static final List<String> SERVICE_WORDS =
            List.of("prevent", "channel", "preventduty", "password", "council", "radicalisation", "terrorism");

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(IdentitySettings settings) {
        this.minLength = settings.passwordMinLength();
        this.common = load();
    }

    int minLength() {
        return minLength;
    }

    /**
     * Checks a new password.
     *
     * @param password the password as typed.
     * @param context words about the user and their council (email, name, council name) that must not make up the
     *     password.
     * @return the keys of the messages saying what is wrong, empty when the password is acceptable.
     */
    List<String> problems(String password, Collection<String> context) {
        var problems = new ArrayList<String>();
        var length = password.codePointCount(0, password.length());
        if (length < minLength) {
            problems.add("password.tooShort");
            return problems;
        }
        if (length > MAX_LENGTH) {
            problems.add("password.tooLong");
            return problems;
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            problems.add("password.common");
            return problems;
        }
        if (lower.codePoints().distinct().count() < 5) {
            problems.add("password.repetitive");
            return problems;
        }
        var remainder = lower;
        var words = new ArrayList<>(SERVICE_WORDS);
        for (var word : context) {
            for (var part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= 4) {
                    words.add(part);
                }
            }
        }
        for (var word : words) {
            remainder = remainder.replace(word, "");
        }
        var meaningful = remainder.replaceAll("[^\\p{L}]", "");
        if (remainder.length() < lower.length() && meaningful.length() < 8) {
            problems.add("password.context");
        }
        return problems;
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        // "Password123!" and "password2024" are as weak as "password".
        var stripped = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return stripped.length() >= 4 && common.contains(stripped);
    }

    private static Set<String> load() {
        var words = new HashSet<String>();
        var resource = new ClassPathResource("identity/common-passwords.txt");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("# ")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The list of common passwords cannot be read", e);
        }
        return Set.copyOf(words);
    }
}
