package org.preventduty.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditEntryTests {

    private static AuditEntry entry(Random random) {
        return new AuditEntry(
                        new UUID(random.nextLong(), random.nextLong()),
                        "tenant:" + new UUID(random.nextLong(), random.nextLong()),
                        1 + random.nextInt(1000),
                        new UUID(random.nextLong(), random.nextLong()),
                        Instant.ofEpochSecond(
                                1_700_000_000L + random.nextInt(100_000_000), random.nextInt(1_000_000) * 1000L),
                        "USER",
                        new UUID(random.nextLong(), random.nextLong()),
                        "REFERRAL_VIEWED",
                        "SUCCESS",
                        "REFERRAL",
                        Long.toString(random.nextLong()),
                        random.nextBoolean() ? null : new UUID(random.nextLong(), random.nextLong()),
                        "10.0.0." + random.nextInt(255),
                        Long.toHexString(random.nextLong()),
                        random.nextBoolean() ? null : "note \"quoted\" \\ and unicode é " + random.nextInt(),
                        Long.toHexString(random.nextLong()),
                        "")
                .sealed();
    }

    /** Seeded generators stand in for a property-testing library: every seed is a different chain of edits. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void anyChangeToAnyFieldChangesTheHash(int seed) {
        var random = new Random(seed);
        var original = entry(random);
        assertThat(original.computeHash()).isEqualTo(original.hash()).hasSize(64);
        var changes = new AuditEntry[] {
            with(original, 1, "other-chain"),
            with(original, 2, original.seq() + 1),
            with(original, 4, original.occurredAt().plusNanos(1000)),
            with(original, 7, "REFERRAL_CHANGED"),
            with(original, 8, "FAILURE"),
            with(original, 10, original.subjectId() + "0"),
            with(original, 12, "10.0.0.254x"),
            with(original, 14, original.detail() == null ? "added" : original.detail() + "!"),
            with(original, 15, AuditEntry.GENESIS)
        };
        for (var changed : changes) {
            assertThat(changed.computeHash()).isNotEqualTo(original.hash());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {21, 22, 23})
    void theHashDoesNotDependOnWhereFieldBoundariesFall(int seed) {
        var original = entry(new Random(seed));
        var shifted = with(with(original, 9, "REFERRA"), 10, "L" + original.subjectId());
        assertThat(shifted.computeHash()).isNotEqualTo(original.hash());
    }

    @org.junit.jupiter.api.Test
    void actionsAreUpperSnakeCaseAndNotesAreCut() {
        assertThatThrownBy(() -> AuditRecord.of("viewed", "X", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditRecord.of("A".repeat(61), "X", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditRecord.of("THING_VIEWED", "X", 1)
                        .withDetail("d".repeat(400))
                        .detail())
                .hasSize(300);
    }

    private static AuditEntry with(AuditEntry e, int field, Object value) {
        Object[] f = {
            e.id(),
            e.chain(),
            e.seq(),
            e.tenantId(),
            e.occurredAt(),
            e.actorKind(),
            e.actorId(),
            e.action(),
            e.outcome(),
            e.subjectType(),
            e.subjectId(),
            e.personId(),
            e.clientAddress(),
            e.sessionHash(),
            e.detail(),
            e.prevHash()
        };
        f[field] = value;
        return new AuditEntry(
                (UUID) f[0],
                (String) f[1],
                (Long) f[2],
                (UUID) f[3],
                (Instant) f[4],
                (String) f[5],
                (UUID) f[6],
                (String) f[7],
                (String) f[8],
                (String) f[9],
                (String) f[10],
                (UUID) f[11],
                (String) f[12],
                (String) f[13],
                (String) f[14],
                (String) f[15],
                e.hash());
    }
}
