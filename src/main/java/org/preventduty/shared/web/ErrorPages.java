package org.preventduty.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Answers errors that reach the container: a problem detail for the API, a plain GOV.UK page for everything else.
 * Neither says anything of the cause, the stack or the server.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model, HttpServletResponse response) {
        if (String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))
                .startsWith("/api/")) {
            return "forward:/error/api";
        }
        var status = status(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        return switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            case CONTENT_TOO_LARGE -> "error/413";
            case BAD_REQUEST, METHOD_NOT_ALLOWED, UNSUPPORTED_MEDIA_TYPE -> "error/400";
            default -> status.is4xxClientError() ? "error/400" : "error/500";
        };
    }

    @RequestMapping({"/error", "/error/api"})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        var status = status(request);
        var detail = switch (status) {
            case NOT_FOUND -> "The record does not exist or you cannot see it.";
            case FORBIDDEN -> "You are not allowed to do this.";
            case UNAUTHORIZED -> "Authentication is required.";
            case CONTENT_TOO_LARGE -> "The request is too large.";
            default -> status.is4xxClientError() ? "The request is not valid." : "Something went wrong.";
        };
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.of(status, detail));
    }

    private static HttpStatus status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value) {
            var status = HttpStatus.resolve(value);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }
}
