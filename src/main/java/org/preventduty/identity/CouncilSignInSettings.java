package org.preventduty.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing in with the council's own identity provider by OpenID Connect ({@code service.identity.oidc.*}, from the
 * {@code PDM_OIDC_*} variables). Off unless an issuer and a client are given.
 *
 * @param issuerUri the provider's issuer, whose discovery document names its endpoints and keys.
 * @param clientId the product's client at the provider.
 * @param clientSecret its secret.
 * @param name the words of the sign-in page's button, after "Sign in with", such as "Barnet Council account".
 * @param trustProviderMfa whether a second factor the provider asserts (its {@code amr} claim holds {@code mfa}) stands
 *     for the product's own, so that it does not ask again.
 */
@ConfigurationProperties("service.identity.oidc")
record CouncilSignInSettings(
        @Nullable String issuerUri,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @DefaultValue("your council account") String name,
        @DefaultValue("false") boolean trustProviderMfa) {

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank() && clientId != null && !clientId.isBlank();
    }
}
