package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(new IdentitySettings(
            null,
            Duration.ofMinutes(30),
            Duration.ofMinutes(2),
            Duration.ofHours(10),
            15,
            Duration.ofHours(72),
            "http://localhost",
            new IdentitySettings.Throttle(5, 30, Duration.ofMinutes(1), Duration.ofMinutes(15), 100),
            new IdentitySettings.ApiKeys(90, 730, 3)));

    private final List<String> context = List.of("priya.shah@barnet.example", "Priya Shah", "London Borough of Barnet");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plum tomato lantern river",
                "correct horse battery staple",
                "Ünïcödé pässwörd wïth àccents ok",
                "ドラゴン と 猫 の 長い パスワード です ね",
                "a long passphrase that is exactly sixty-four characters long..!"
            })
    void acceptsLongUncommonPasswordsWithoutCompositionRules(String password) {
        assertThat(policy.problems(password, context)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "short but ok,password.tooShort",
        "password1234567890,password.common",
        "Password123456789!,password.common",
        "qwertyuiop123456,password.common",
        "aaaaaaaaaaaaaaaaaaaa,password.repetitive",
        "ababababababababab,password.repetitive",
        "preventchannel2024!,password.context",
        "PriyaShah-Barnet-99,password.context",
        "barnetbarnetbarnet1,password.context"
    })
    void refusesWeakPasswordsAndSaysWhy(String password, String problem) {
        assertThat(policy.problems(password, context)).containsExactly(problem);
    }

    @org.junit.jupiter.api.Test
    void acceptsSixtyFourCharactersAndRefusesMoreThanTwoHundredAndFiftySix() {
        assertThat(policy.problems("x".repeat(30) + " quite a long and varied phrase 1234", context))
                .isEmpty();
        assertThat(policy.problems("lantern river tomato ".repeat(13), context)).containsExactly("password.tooLong");
    }

    @org.junit.jupiter.api.Test
    void countsCharactersRatherThanBytes() {
        // Fifteen characters, forty-five bytes in UTF-8.
        assertThat(policy.problems("ドラゴンと猫の長いパスワードで", context)).isEmpty();
        assertThat(policy.problems("ドラゴンと猫の長いパスワ", context)).containsExactly("password.tooShort");
    }
}
