package org.preventduty.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo mode ({@code service.demo.*}): demo tenants and accounts, a banner on every page, the accounts listed on the
 * sign-in page.
 *
 * @param enabled whether demo mode is on; when not set it is on with the embedded database and off otherwise.
 * @param password the password of every demo account.
 */
@ConfigurationProperties("service.demo")
record DemoSettings(
        @Nullable Boolean enabled,
        @DefaultValue("demo-only-password") String password) {}
