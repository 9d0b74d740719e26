package org.preventduty.identity;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.SecurityEvent.Outcome;
import org.preventduty.identity.SecurityEvent.Type;
import org.preventduty.shared.web.IdempotencyFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.HeaderWriterLogoutHandler;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ClearSiteDataHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two filter chains, both denying by default: the API under {@code /api/v1} authenticated by API keys, stateless and
 * answering problem details; and the web pages, signed in with a password and a second factor, in a session stored in
 * the database. Each module gives its own URLs explicit rules ({@link WebAccessRules}, {@link ApiAccessRules}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String PASSWORD_FACTOR = FactorGrantedAuthority.PASSWORD_AUTHORITY;

    /** Passwords are hashed with Argon2id, m=19 MiB, t=2, p=1 (ASVS 5.0 V11.4.2); bcrypt hashes still verify. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);
        var encoders = Map.<String, PasswordEncoder>of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder(12));
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    TenantScopedTransactionManager transactionManager(DataSource dataSource) {
        return new TenantScopedTransactionManager(dataSource);
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    /** Every role rule on pages and services also requires the second factor from those who must give one. */
    @Bean
    AuthorizationManagerFactory<Object> authorizationManagerFactory(SecondFactorPolicy policy) {
        var factory = new DefaultAuthorizationManagerFactory<Object>();
        factory.setAdditionalAuthorization(new SecondFactorRequirement<>(policy));
        return factory;
    }

    @Bean
    CookieSerializer cookieSerializer(CookiePolicy cookies) {
        var serializer = new DefaultCookieSerializer();
        serializer.setCookieName(cookies.name("SESSION"));
        serializer.setUseSecureCookie(cookies.secure());
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setCookiePath("/");
        return serializer;
    }

    /** The idempotency filter runs inside the API's filter chain, once the caller is known, not on every request. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilterRegistration(IdempotencyFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiKeyManagement keys,
            IdempotencyFilter idempotency,
            TransactionTemplate transactions,
            ApiProblemResponses problems,
            ApplicationEventPublisher events,
            CurrentActor actors,
            ObjectProvider<ApiAccessRules> moduleRules,
            ApplicationContext context)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                .addFilterBefore(
                        new ApiKeyAuthenticationFilter(keys, transactions, problems),
                        AbstractPreAuthenticatedProcessingFilter.class)
                .addFilterAfter(idempotency, AuthorizationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(
                                (request, response, e) -> problems.unauthorized(response, "An API key is required."))
                        .accessDeniedHandler((request, response, e) -> {
                            denied(events, actors, request.getMethod() + " " + request.getRequestURI());
                            problems.forbidden(response);
                        }))
                .headers(headers -> headers.referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(rules -> {
                    rules.requestMatchers("/actuator/health", "/actuator/health/**")
                            .permitAll();
                    rules.requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                            .hasRole(Role.OPERATIONS.name());
                    moduleRules.orderedStream().forEach(rule -> rule.configure(rules));
                    rules.requestMatchers(new UnknownAddresses(context)).permitAll();
                    rules.anyRequest().denyAll();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(
            HttpSecurity http,
            Credentials credentials,
            ThrottledSignIn signIn,
            SecondFactorPolicy policy,
            IdentitySettings settings,
            CookiePolicy cookies,
            Clock clock,
            ApplicationEventPublisher events,
            CurrentActor actors,
            ObjectProvider<WebAccessRules> moduleRules,
            ApplicationContext context,
            CouncilProvider council,
            CouncilSignIn councilSignIn)
            throws Exception {
        var csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieName(cookies.name("XSRF"));
        csrfTokens.setCookiePath("/");
        csrfTokens.setCookieCustomizer(
                cookie -> cookie.secure(cookies.secure()).sameSite("Lax").httpOnly(true));
        AccessDeniedHandler refuse = (request, response, e) -> {
            denied(events, actors, request.getMethod() + " " + request.getRequestURI());
            response.sendError(403);
        };
        // The first factor: a password, or the council's identity provider.
        var passwordGiven =
                AuthorityAuthorizationManager
                        .<org.springframework.security.web.access.intercept.RequestAuthorizationContext>hasAnyAuthority(
                                PASSWORD_FACTOR, FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY);
        if (council.enabled()) {
            var resolver = new DefaultOAuth2AuthorizationRequestResolver(council, "/oauth2/authorization");
            http.oauth2Login(login -> login.loginPage("/sign-in")
                    .clientRegistrationRepository(council)
                    // While the provider is down, nothing is resolved and the request falls through to a page that
                    // says so, rather than an error.
                    .authorizationEndpoint(endpoint ->
                            endpoint.authorizationRequestResolver(new OAuth2AuthorizationRequestResolver() {
                                @Override
                                public org.springframework.security.oauth2.core.endpoint.@Nullable
                                        OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
                                    return council.registration().isPresent() ? resolver.resolve(request) : null;
                                }

                                @Override
                                public org.springframework.security.oauth2.core.endpoint.@Nullable
                                        OAuth2AuthorizationRequest resolve(
                                        HttpServletRequest request, String registrationId) {
                                    return council.registration().isPresent()
                                            ? resolver.resolve(request, registrationId)
                                            : null;
                                }
                            }))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(councilSignIn))
                    .successHandler(councilSignIn.success())
                    .failureHandler(councilSignIn.failure()));
        }
        // Passwords, and (when configured) the council's identity provider: its ID token checked (signature,
        // issuer, audience, expiry, nonce) and its person found among the product's users.
        var providers = new java.util.ArrayList<org.springframework.security.authentication.AuthenticationProvider>();
        providers.add(signIn);
        if (council.enabled()) {
            providers.add(
                    new org.springframework.security.oauth2.client.oidc.authentication
                            .OidcAuthorizationCodeAuthenticationProvider(
                            new org.springframework.security.oauth2.client.endpoint
                                    .RestClientAuthorizationCodeTokenResponseClient(),
                            councilSignIn));
        }
        http.authenticationManager(new ProviderManager(providers))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .formLogin(form -> form.loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(new SignInSuccess(credentials, policy, clock))
                        .failureUrl("/sign-in?error"))
                .logout(logout -> logout.logoutRequestMatcher(
                                PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/sign-out"))
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
                                credentials.signedOut(user, "USER");
                            }
                        })
                        .addLogoutHandler(new HeaderWriterLogoutHandler(new ClearSiteDataHeaderWriter(
                                ClearSiteDataHeaderWriter.Directive.CACHE,
                                ClearSiteDataHeaderWriter.Directive.COOKIES,
                                ClearSiteDataHeaderWriter.Directive.STORAGE)))
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        // Who signed in with the council's provider is offered its sign-out too.
                        .logoutSuccessHandler((request, response, authentication) ->
                                response.sendRedirect(request.getContextPath()
                                        + (authentication != null
                                                        && authentication.getAuthorities().stream()
                                                                .anyMatch(a ->
                                                                        FactorGrantedAuthority
                                                                                .AUTHORIZATION_CODE_AUTHORITY
                                                                                .equals(a.getAuthority()))
                                                ? "/signed-out?provider"
                                                : "/signed-out"))))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(
                        new SessionLifetimeFilter(clock, settings.absoluteLifetime(), credentials),
                        SecurityContextHolderFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(relative("/sign-in"))
                        .defaultDeniedHandlerForMissingAuthority(
                                relative("/sign-in/two-factor"), SecondFactorPolicy.TOTP_AUTHORITY)
                        .defaultAccessDeniedHandlerFor(refuse, AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                        .crossOriginOpenerPolicy(coop ->
                                coop.policy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .crossOriginResourcePolicy(corp -> corp.policy(
                                CrossOriginResourcePolicyHeaderWriter.CrossOriginResourcePolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(rules -> {
                    rules.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                            .permitAll();
                    rules.requestMatchers(
                                    HttpMethod.GET, "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico")
                            .permitAll();
                    rules.requestMatchers(
                                    HttpMethod.GET,
                                    "/",
                                    "/sign-in",
                                    "/signed-out",
                                    "/oauth2/authorization/*",
                                    "/accessibility",
                                    "/privacy",
                                    "/cookies")
                            .permitAll();
                    rules.requestMatchers("/set-password/*").permitAll();
                    rules.requestMatchers(
                                    "/sign-in/two-factor",
                                    "/sign-in/recovery-code",
                                    "/sign-in/set-up-two-factor",
                                    "/sign-in/recovery-codes")
                            .access(passwordGiven);
                    rules.requestMatchers(HttpMethod.GET, "/home", "/account", "/account/council")
                            .authenticated();
                    rules.requestMatchers(HttpMethod.POST, "/account/council").authenticated();
                    rules.requestMatchers(
                                    HttpMethod.POST,
                                    "/session/extend",
                                    "/account/recovery-codes",
                                    "/account/sessions/*/end")
                            .authenticated();
                    rules.requestMatchers("/admin/users", "/admin/users/**", "/admin/api-keys", "/admin/api-keys/**")
                            .hasRole(Role.TENANT_ADMIN.name());
                    rules.requestMatchers(HttpMethod.GET, "/admin/access-grants")
                            .hasAnyRole(Role.TENANT_ADMIN.name(), Role.PREVENT_LEAD.name());
                    rules.requestMatchers(HttpMethod.POST, "/admin/access-grants/*/acknowledge")
                            .hasRole(Role.PREVENT_LEAD.name());
                    rules.requestMatchers(
                                    HttpMethod.GET,
                                    "/v3/api-docs",
                                    "/v3/api-docs/**",
                                    "/v3/api-docs.yaml",
                                    "/swagger-ui.html",
                                    "/swagger-ui/**")
                            .hasAnyRole(Role.TENANT_ADMIN.name(), Role.SYSTEM_ADMIN.name());
                    moduleRules.orderedStream().forEach(rule -> rule.configure(rules));
                    rules.requestMatchers(new UnknownAddresses(context)).permitAll();
                    rules.anyRequest().denyAll();
                });
        return http.build();
    }

    @Bean
    ApiAccessRules identityApiRules() {
        return rules -> {
            rules.requestMatchers(HttpMethod.POST, "/api/v1/tenants").hasRole(Role.SYSTEM_ADMIN.name());
            rules.requestMatchers(HttpMethod.GET, "/api/v1/tenants").hasRole(Role.SYSTEM_ADMIN.name());
            rules.requestMatchers(HttpMethod.POST, "/api/v1/tenants/*/api-keys", "/api/v1/tenants/*/users")
                    .hasRole(Role.SYSTEM_ADMIN.name());
            rules.requestMatchers(HttpMethod.POST, "/api/v1/national/api-keys").hasRole(Role.SYSTEM_ADMIN.name());
            rules.requestMatchers(HttpMethod.GET, "/api/v1/national/api-keys").hasRole(Role.SYSTEM_ADMIN.name());
            rules.requestMatchers(HttpMethod.POST, "/api/v1/tenant-groups").hasRole(Role.SYSTEM_ADMIN.name());
            rules.requestMatchers(HttpMethod.GET, "/api/v1/tenant-groups")
                    .hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.NATIONAL_ANALYST.name());
            rules.requestMatchers(HttpMethod.POST, "/api/v1/national/api-keys/*/revoke")
                    .hasRole(Role.SYSTEM_ADMIN.name());
            rules.requestMatchers(HttpMethod.GET, "/api/v1/access-grants")
                    .hasAnyRole(Role.TENANT_ADMIN.name(), Role.PREVENT_LEAD.name());
            rules.requestMatchers(HttpMethod.POST, "/api/v1/access-grants/*/acknowledge")
                    .hasRole(Role.PREVENT_LEAD.name());
            rules.requestMatchers(HttpMethod.GET, "/api/v1/api-keys").hasRole(Role.TENANT_ADMIN.name());
            rules.requestMatchers(HttpMethod.POST, "/api/v1/api-keys", "/api/v1/api-keys/*/revoke")
                    .hasRole(Role.TENANT_ADMIN.name());
            rules.requestMatchers(HttpMethod.GET, "/api/v1/users", "/api/v1/users/*")
                    .hasRole(Role.TENANT_ADMIN.name());
            rules.requestMatchers(HttpMethod.POST, "/api/v1/users", "/api/v1/users/*/*")
                    .hasRole(Role.TENANT_ADMIN.name());
            rules.requestMatchers(HttpMethod.GET, "/api/v1/me").authenticated();
        };
    }

    /** Sends to a page of the service by its path, never by the host the request named. */
    private static LoginUrlAuthenticationEntryPoint relative(String page) {
        var entryPoint = new LoginUrlAuthenticationEntryPoint(page);
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    private static void denied(ApplicationEventPublisher events, CurrentActor actors, String what) {
        actors.current()
                .ifPresent(actor -> events.publishEvent(new SecurityEvent(
                        Type.ACCESS_DENIED,
                        Outcome.DENIED,
                        actor,
                        actor.tenantId(),
                        null,
                        null,
                        what.length() > 200 ? what.substring(0, 200) : what)));
    }

    static List<String> publicPages() {
        return List.of("/", "/sign-in", "/signed-out", "/accessibility", "/privacy", "/cookies");
    }
}
