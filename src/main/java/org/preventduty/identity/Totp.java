package org.preventduty.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, six digits, 30-second steps), as authenticator apps produce them.
 * A code is accepted for the current step and one step either side, and never for a step at or before the last one
 * used, so that each code works once.
 */
@Component
class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final String ISSUER = "Prevent Duty Manager";

    private final TimeBasedOneTimePasswordGenerator generator;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    Totp(Clock clock) {
        this.clock = clock;
        try {
            this.generator = new TimeBasedOneTimePasswordGenerator(STEP, 6, "HmacSHA1");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new random secret of 160 bits, in Base32 as authenticator apps take it. */
    String newSecret() {
        var bytes = new byte[20];
        random.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The {@code otpauth://} address an authenticator app reads from the QR code. */
    String uri(String secret, String account) {
        var label = encode(ISSUER) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /**
     * Checks a code.
     *
     * @param secret the Base32 secret.
     * @param code the code as typed; spaces are ignored.
     * @param lastStep the step of the last code accepted, or {@literal null}.
     * @return the step the code belongs to, empty when the code is wrong or already used.
     */
    OptionalLong verify(String secret, String code, Long lastStep) {
        var digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        var key = new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
        var now = currentStep();
        for (long step = now - 1; step <= now + 1; step++) {
            if (lastStep != null && step <= lastStep) {
                continue;
            }
            var expected = codeAt(key, step);
            if (MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code of the current step, as an authenticator app would show it now. */
    String currentCode(String secret) {
        return codeAt(new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), currentStep());
    }

    long currentStep() {
        return clock.instant().getEpochSecond() / STEP.toSeconds();
    }

    private String codeAt(SecretKeySpec key, long step) {
        try {
            var code = generator.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.toSeconds()));
            return String.format("%06d", code);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
