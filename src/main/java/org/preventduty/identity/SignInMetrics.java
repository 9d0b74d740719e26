package org.preventduty.identity;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sign-in as the service's operators watch it: each password and second factor given, by outcome. A rise in failures
 * is someone guessing, or a broken sign-in. Nothing about who.
 */
@Component
class SignInMetrics {

    private static final Set<SecurityEvent.Type> COUNTED =
            Set.of(SecurityEvent.Type.SIGN_IN, SecurityEvent.Type.MFA_VERIFIED, SecurityEvent.Type.RECOVERY_CODE_USED);

    private final MeterRegistry registry;

    SignInMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(SecurityEvent event) {
        if (!COUNTED.contains(event.type())) {
            return;
        }
        Counter.builder("pdm.sign.in")
                .description("Passwords and second factors given at sign-in, by step and outcome")
                .tag("step", event.type().name())
                .tag("outcome", event.outcome().name())
                .register(registry)
                .increment();
    }
}
