package org.preventduty.shared.web;

/**
 * A request was answered "not found" because the record it named does not exist or may not be seen by the caller
 * (another council's, or hidden from them): published so that the refusal is audited as a 403 is.
 *
 * @param method the request's method.
 * @param path the request's path, at most 200 characters.
 */
public record RefusedAsNotFound(String method, String path) {

    static RefusedAsNotFound of(jakarta.servlet.http.HttpServletRequest request) {
        var path = request.getRequestURI();
        return new RefusedAsNotFound(request.getMethod(), path.length() > 200 ? path.substring(0, 200) : path);
    }
}
