package org.preventduty.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server on a port of its own, with the council's staff
 * as its users (each signing in with their email and {@link #PASSWORD}), the product as its one client, and switches
 * that make its ID tokens wrong in the ways a real provider's can be (a wrong nonce, audience or issuer, expired, signed
 * with a key it does not publish) or that make it assert a second factor.
 */
public final class CouncilIdentityProvider implements AutoCloseable {

    public static final String CLIENT_ID = "prevent-duty-manager";
    public static final String CLIENT_SECRET = "a-client-secret-for-tests";
    public static final String PASSWORD = "provider-password";

    /** How the next ID tokens are made wrong, or not. */
    public enum Token {
        GOOD,
        WRONG_NONCE,
        WRONG_AUDIENCE,
        WRONG_ISSUER,
        EXPIRED,
        WRONG_SIGNATURE
    }

    private final State state = new State();
    private final ConfigurableApplicationContext context;
    private final String issuer;

    private CouncilIdentityProvider() {
        context = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                .initializers((org.springframework.context.support.GenericApplicationContext c) ->
                        c.registerBean(State.class, () -> state))
                // As arguments, which come before the product's own application.properties on the classpath.
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--server.servlet.session.cookie.name=PROVIDER_SESSION");
        var port = ((WebServerApplicationContext) context).getWebServer().getPort();
        issuer = "http://localhost:" + port;
    }

    /** Starts a provider on a free port. */
    public static CouncilIdentityProvider start() {
        return new CouncilIdentityProvider();
    }

    public String issuer() {
        return issuer;
    }

    /** Makes a user of the provider, vouching for their email (verified or not). */
    public void user(String email, boolean verified) {
        state.users.put(email, verified);
        context.getBean(InMemoryUserDetailsManager.class)
                .createUser(User.withUsername(email)
                        .password("{noop}" + PASSWORD)
                        .roles("STAFF")
                        .build());
    }

    /** Where the product's callback is: the only address the provider sends codes to. */
    public void redirectTo(String redirectUri) {
        state.redirectUri = redirectUri;
    }

    /** How the next ID tokens are made. */
    public void tokens(Token token) {
        state.token = token;
    }

    /** Whether the ID tokens say a second factor was used ({@code amr} holding {@code mfa}). */
    public void assertSecondFactor(boolean asserted) {
        state.mfa = asserted;
    }

    @Override
    public void close() {
        context.close();
    }

    static final class State {
        final Map<String, Boolean> users = new ConcurrentHashMap<>();
        volatile String redirectUri = "http://127.0.0.1/login/oauth2/code/council";
        volatile Token token = Token.GOOD;
        volatile boolean mfa;
        final RSAKey published = key();
        final RSAKey unpublished = key();

        private static RSAKey key() {
            try {
                return new RSAKeyGenerator(2048).keyID("provider-key").generate();
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // Not a @Configuration, so that the product's own tests, which scan this package, do not pick it up.
    @ImportAutoConfiguration({
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        SecurityAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class
    })
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"),
                            new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        RegisteredClientRepository clients(State state) {
            var id = UUID.randomUUID().toString();
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {}

                @Override
                public RegisteredClient findById(String wanted) {
                    return id.equals(wanted) ? client() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client() : null;
                }

                private RegisteredClient client() {
                    return RegisteredClient.withId(id)
                            .clientId(CLIENT_ID)
                            .clientSecret("{noop}" + CLIENT_SECRET)
                            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri(state.redirectUri)
                            .postLogoutRedirectUri("http://127.0.0.1/signed-out")
                            .scope(OidcScopes.OPENID)
                            .scope(OidcScopes.EMAIL)
                            .clientSettings(ClientSettings.builder()
                                    .requireAuthorizationConsent(false)
                                    .build())
                            .build();
                }
            };
        }

        /** Publishes one key; signs with another when the test asks for a signature the product cannot check. */
        @Bean
        JWKSource<SecurityContext> keys(State state) {
            // The encoder asks for a key of an algorithm; the key set endpoint asks for every key and publishes only
            // their public parts.
            return (selector, context) -> {
                var algorithms = selector.getMatcher().getAlgorithms();
                var signing = algorithms != null && !algorithms.isEmpty();
                var key = signing && state.token == Token.WRONG_SIGNATURE ? state.unpublished : state.published;
                return selector.select(new JWKSet(key));
            };
        }

        @Bean
        JwtDecoder jwtDecoder(State state) throws com.nimbusds.jose.JOSEException {
            return NimbusJwtDecoder.withPublicKey(state.published.toRSAPublicKey())
                    .build();
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims(State state) {
            return context -> {
                if (!"id_token".equals(context.getTokenType().getValue())) {
                    return;
                }
                var email = context.getPrincipal().getName();
                var claims = context.getClaims();
                claims.claim("email", email);
                claims.claim("email_verified", state.users.getOrDefault(email, false));
                claims.claim("amr", state.mfa ? List.of("pwd", "mfa") : List.of("pwd"));
                switch (state.token) {
                    case WRONG_NONCE -> claims.claim("nonce", "not-the-nonce-that-was-sent");
                    case WRONG_AUDIENCE -> claims.audience(List.of("another-client"));
                    case WRONG_ISSUER -> claims.issuer("http://localhost:1/not-the-issuer");
                    case EXPIRED -> {
                        var past = Instant.now().minus(Duration.ofHours(2));
                        claims.issuedAt(past).expiresAt(past.plus(Duration.ofMinutes(10)));
                    }
                    default -> {}
                }
            };
        }
    }
}
