package org.preventduty.shared;

/**
 * Adds a module's demo data. Seeders run at start-up in demo mode only, in {@link org.springframework.core.annotation.Order}
 * order, and must be idempotent: running twice adds nothing the second time.
 */
public interface DemoDataSeeder {

    void seed();
}
