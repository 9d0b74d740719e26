package org.preventduty.identity;

import org.springframework.stereotype.Component;

/** Whether cookies are {@code Secure} with the {@code __Host-} prefix: always over HTTPS, which is all but demo mode. */
@Component
class CookiePolicy {

    private final boolean secure;

    CookiePolicy(WebSettings settings, DemoMode demo) {
        this.secure = settings.secureCookies() != null ? settings.secureCookies() : !demo.isOn();
    }

    boolean secure() {
        return secure;
    }

    String name(String base) {
        return secure ? "__Host-" + base : base;
    }
}
