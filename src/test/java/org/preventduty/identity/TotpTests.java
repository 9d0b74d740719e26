package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.preventduty.support.TestClock;

class TotpTests {

    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:05Z"));
    private final Totp totp = new Totp(clock);

    @Test
    void matchesTheReferenceValuesOfRfc6238() {
        // RFC 6238 appendix B, SHA-1, with the ASCII secret "12345678901234567890" in Base32.
        var secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        clock.set(Instant.ofEpochSecond(59));
        assertThat(totp.currentCode(secret)).isEqualTo("287082");
        clock.set(Instant.ofEpochSecond(1111111109));
        assertThat(totp.currentCode(secret)).isEqualTo("081804");
        clock.set(Instant.ofEpochSecond(2000000000));
        assertThat(totp.currentCode(secret)).isEqualTo("279037");
    }

    @Test
    void acceptsTheCodeOfTheCurrentStepAndOneStepEitherSide() {
        var secret = totp.newSecret();
        var code = totp.currentCode(secret);
        var step = totp.currentStep();
        assertThat(totp.verify(secret, code, null)).hasValue(step);
        clock.advance(Duration.ofSeconds(30));
        assertThat(totp.verify(secret, code, null)).hasValue(step);
        clock.advance(Duration.ofSeconds(30));
        assertThat(totp.verify(secret, code, null)).isEmpty();
    }

    @Test
    void refusesACodeOfAStepAlreadyUsed() {
        var secret = totp.newSecret();
        var code = totp.currentCode(secret);
        var step = totp.verify(secret, code, null).orElseThrow();
        assertThat(totp.verify(secret, code, step)).isEmpty();
        clock.advance(Duration.ofSeconds(30));
        assertThat(totp.verify(secret, totp.currentCode(secret), step)).hasValue(step + 1);
    }

    @Test
    void refusesCodesOfTheWrongForm() {
        var secret = totp.newSecret();
        assertThat(totp.verify(secret, "12345", null)).isEmpty();
        assertThat(totp.verify(secret, "abcdef", null)).isEmpty();
        assertThat(totp.verify(secret, "1234567", null)).isEmpty();
        var code = totp.currentCode(secret);
        assertThat(totp.verify(secret, code.substring(0, 3) + " " + code.substring(3), null))
                .isPresent();
    }

    @Test
    void givesAnAddressAuthenticatorAppsRead() {
        var uri = totp.uri("JBSWY3DPEHPK3PXP", "a.person@barnet.example");
        assertThat(uri)
                .startsWith("otpauth://totp/Prevent%20Duty%20Manager:a.person%40barnet.example?")
                .contains("secret=JBSWY3DPEHPK3PXP")
                .contains("issuer=Prevent%20Duty%20Manager")
                .contains("digits=6")
                .contains("period=30");
        assertThat(totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
    }
}
