package org.preventduty.identity;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant whose rows the database lets a transaction see. On PostgreSQL every tenant-owned table has row-level
 * security on {@code tenant_id}, and each transaction is told its scope: the current actor's tenant, every tenant for
 * national actors and the system, and none for anonymous requests. Work that must cross tenants without a national
 * actor (sign-in, start-up, jobs) says so explicitly with {@link #asSystem(Supplier)}, outside any transaction.
 */
public final class TenantScope {

    /** The scope that sees every tenant's rows. */
    public static final String ALL = "ALL";

    /** The scope that sees no tenant's rows. */
    public static final String NONE = "NONE";

    private static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();

    // Reading the security context may load the session, in a transaction of its own that asks for the scope again.
    private static final ThreadLocal<Boolean> RESOLVING = new ThreadLocal<>();

    private TenantScope() {}

    /** Runs work that may read and write any tenant's rows; transactions must begin inside it. */
    public static <T> T asSystem(Supplier<T> work) {
        var previous = OVERRIDE.get();
        OVERRIDE.set(ALL);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    /** Runs work that may read and write any tenant's rows; transactions must begin inside it. */
    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    /** The scope for a transaction starting now on this thread. */
    static String current() {
        var override = OVERRIDE.get();
        if (override != null) {
            return override;
        }
        if (RESOLVING.get() != null) {
            // The session tables hold no tenant's rows; the session is loaded with no tenant in scope.
            return NONE;
        }
        RESOLVING.set(Boolean.TRUE);
        try {
            return CurrentActor.of(SecurityContextHolder.getContext().getAuthentication())
                    .map(actor -> actor.tenantId() == null
                            ? ALL
                            : actor.tenantId().value().toString())
                    .orElse(NONE);
        } finally {
            RESOLVING.remove();
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            OVERRIDE.remove();
        } else {
            OVERRIDE.set(previous);
        }
    }
}
