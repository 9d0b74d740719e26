package org.preventduty.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The council's identity provider, found from its issuer's discovery document when first needed rather than at
 * start-up: a provider that is down does not stop the product starting, and sign-in says so beside its button until the
 * provider answers again (asked again at most every 30 seconds).
 */
@Component
class CouncilProvider implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "council";

    private static final Logger log = LoggerFactory.getLogger(CouncilProvider.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final CouncilSignInSettings settings;
    private final Clock clock;
    private @Nullable ClientRegistration registration;
    private @Nullable Instant lastFailure;

    CouncilProvider(CouncilSignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean enabled() {
        return settings.enabled();
    }

    String name() {
        return settings.name();
    }

    boolean trustsProviderMfa() {
        return settings.trustProviderMfa();
    }

    /** The provider's registration, when it is configured and has answered; empty while it is down. */
    synchronized Optional<ClientRegistration> registration() {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        if (registration == null
                && (lastFailure == null || lastFailure.plus(RETRY_AFTER).isBefore(clock.instant()))) {
            try {
                registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                        .registrationId(REGISTRATION_ID)
                        .clientId(settings.clientId())
                        .clientSecret(settings.clientSecret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .scope("openid", "email")
                        .clientName(settings.name())
                        .build();
                lastFailure = null;
            } catch (RuntimeException e) {
                lastFailure = clock.instant();
                log.warn(
                        "The council's identity provider at {} did not answer: {}",
                        settings.issuerUri(),
                        e.getMessage());
            }
        }
        return Optional.ofNullable(registration);
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return REGISTRATION_ID.equals(registrationId) ? registration().orElse(null) : null;
    }

    /**
     * Where the person may sign out of the provider too (its RP-initiated logout endpoint, coming back to the product's
     * signed-out page), when the provider has one.
     */
    Optional<String> signOutAddress(String signedOutPage) {
        return registration()
                .map(r -> r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .map(endpoint -> UriComponentsBuilder.fromUriString(endpoint.toString())
                        .queryParam("client_id", settings.clientId())
                        .queryParam("post_logout_redirect_uri", signedOutPage)
                        .encode()
                        .toUriString());
    }
}
