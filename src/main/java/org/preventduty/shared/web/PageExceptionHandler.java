package org.preventduty.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Maps the exceptions page controllers let out to the error pages, in one place. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageExceptionHandler {

    private final ApplicationEventPublisher events;

    PageExceptionHandler(ApplicationEventPublisher events) {
        this.events = events;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletRequest request) {
        events.publishEvent(RefusedAsNotFound.of(request));
        return "error/404";
    }

    @ExceptionHandler(NoResourceFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String noPage() {
        return "error/404";
    }

    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        IllegalArgumentException.class
    })
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest() {
        return "error/400";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }

    /**
     * A rule broken by a change that the page's controller did not turn into a message beside its form: the rule's own
     * words, never a server error.
     */
    @ExceptionHandler(RuleViolationException.class)
    String rule(RuleViolationException e, Model model, HttpServletResponse response) {
        response.setStatus(e.isConflict() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("rule", e.code());
        return "error/422";
    }

    /** Input refused by a module that the page's controller did not put beside its fields. */
    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute(
                "problems",
                e.problems().stream().map(InvalidInputException.Problem::code).toList());
        return "error/400";
    }
}
