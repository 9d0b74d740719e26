package org.preventduty.identity;

import org.springframework.stereotype.Component;

/**
 * The address people reach the service at ({@code PDM_BASE_URL}), for the links the service gives out in emails and on
 * pages. Never the host a request named, which anyone can set.
 */
@Component
public class ServiceAddress {

    private final String base;

    ServiceAddress(IdentitySettings settings) {
        this.base = settings.baseUrl().replaceAll("/+$", "");
    }

    /**
     * The full address of a page of the service.
     *
     * @param path the page's path, starting with {@code /}.
     */
    public String of(String path) {
        return base + path;
    }
}
