package org.preventduty.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets kept in the database (two-factor secrets, replayed API responses) with AES-GCM, and computes keyed
 * hashes of values that must be matched but never stored (recovery codes, search terms), all from the one key of the
 * deployment ({@code service.secret-key}, environment {@code PDM_SECRET_KEY}).
 */
@Component
public class SecretBox {

    /** The key used when none is configured; the application refuses it outside demo mode. */
    public static final String DEMO_KEY = "demo-secret-key-not-for-real-data";

    private static final String SALT = "5072657665e744d6";

    private final TextEncryptor encryptor;
    private final byte[] macKey;
    private final boolean demoKey;

    public SecretBox(@Value("${service.secret-key:" + DEMO_KEY + "}") String key) {
        if (key.length() < 16) {
            throw new IllegalStateException("service.secret-key (PDM_SECRET_KEY) must have at least 16 characters");
        }
        this.encryptor = Encryptors.delux(key, SALT);
        this.macKey = sha256(("mac:" + key).getBytes(StandardCharsets.UTF_8));
        this.demoKey = DEMO_KEY.equals(key);
    }

    /** Whether the key is the published demo key, which must never protect real data. */
    public boolean usesDemoKey() {
        return demoKey;
    }

    /** Encrypts a text; each call gives a different cipher text. */
    public String encrypt(String plain) {
        return encryptor.encrypt(plain);
    }

    /**
     * Decrypts a text encrypted by {@link #encrypt(String)} with the same key.
     *
     * @throws IllegalStateException when the text was not encrypted with this key or was changed.
     */
    public String decrypt(String cipher) {
        try {
            return encryptor.decrypt(cipher);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The value cannot be decrypted with the configured key", e);
        }
    }

    /** A keyed SHA-256 hash of the value, as 64 hexadecimal characters. */
    public String mac(String value) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SHA-256 hash of a value of high entropy (such as an API key), as 64 hexadecimal characters. */
    public static String sha256Hex(String value) {
        return HexFormat.of().formatHex(sha256(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
