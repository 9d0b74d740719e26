package org.preventduty.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the application runs in demo mode: on by default with the embedded database, off by default otherwise
 * ({@code service.demo.enabled} decides when set).
 */
@Component
public class DemoMode {

    private final boolean on;
    private final String password;

    DemoMode(DemoSettings settings, @Value("${spring.datasource.url:}") String databaseUrl) {
        this.on = settings.enabled() != null ? settings.enabled() : databaseUrl.startsWith("jdbc:h2:");
        this.password = settings.password();
    }

    public boolean isOn() {
        return on;
    }

    /** The password of every demo account; only meaningful in demo mode. */
    String password() {
        return password;
    }
}
