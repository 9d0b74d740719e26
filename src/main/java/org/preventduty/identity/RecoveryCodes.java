package org.preventduty.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use recovery codes for when the authenticator app is lost: ten codes of ten characters (about 50 bits each),
 * of which only a keyed hash is kept. A new set replaces the old one.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(JdbcClient jdbc, SecretBox secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Replaces the user's codes with new ones and returns them, to be shown once. Must run in a transaction. */
    List<String> replace(UUID userId, @Nullable UUID tenantId) {
        delete(userId);
        var codes = new ArrayList<String>();
        for (int i = 0; i < COUNT; i++) {
            var code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                if (c == 5) {
                    code.append('-');
                }
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString());
            jdbc.sql("insert into recovery_code (id, tenant_id, user_id, code_hash) values (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), tenantId, userId, hash(code.toString()))
                    .update();
        }
        return List.copyOf(codes);
    }

    /** Uses a code: true when it was one of the user's unused codes. Must run in a transaction. */
    boolean use(UUID userId, String code) {
        return jdbc.sql("update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
                        .params(SignInThrottle.at(clock.instant()), userId, hash(code))
                        .update()
                == 1;
    }

    int remaining(UUID userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    void delete(UUID userId) {
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
    }

    private String hash(String code) {
        var normalised = code.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return secrets.mac("recovery:" + normalised);
    }
}
