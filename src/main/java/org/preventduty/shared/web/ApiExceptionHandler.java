package org.preventduty.shared.web;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.ApiProblems.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns every exception an API controller lets out into problem details. Bad input answers 4xx with a sentence that
 * says what is wrong; anything unexpected answers a 500 that says nothing of the internals and is logged.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApplicationEventPublisher events;

    ApiExceptionHandler(ApplicationEventPublisher events) {
        this.events = events;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, jakarta.servlet.http.HttpServletRequest request) {
        events.publishEvent(RefusedAsNotFound.of(request));
        return ApiProblems.of(HttpStatus.NOT_FOUND, "The record does not exist or you cannot see it.");
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail rule(RuleViolationException e) {
        var status = e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        var problem = ApiProblems.of(status, e.getMessage());
        problem.setProperty("code", e.code());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage()).asMap()));
        }
        return problem;
    }

    @ExceptionHandler(org.preventduty.shared.InvalidInputException.class)
    ProblemDetail invalidInput(org.preventduty.shared.InvalidInputException e) {
        return ApiProblems.invalid(e.problems().stream()
                .map(problem -> new FieldProblem(problem.field(), problem.message()))
                .toList());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail stale(OptimisticLockingFailureException e) {
        return ApiProblems.of(HttpStatus.CONFLICT, "Someone else changed this record. Read it again and retry.");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        var errors = new ArrayList<FieldProblem>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getField(), message(error.getDefaultMessage()))));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(error ->
                        errors.add(new FieldProblem(error.getObjectName(), message(error.getDefaultMessage()))));
        return ApiProblems.invalid(errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalid(HandlerMethodValidationException e) {
        var errors = new ArrayList<FieldProblem>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(error -> errors.add(new FieldProblem(
                                result.getMethodParameter().getParameterName(), message(error.getDefaultMessage())))));
        return ApiProblems.invalid(errors);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail invalid(ConstraintViolationException e) {
        var errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return ApiProblems.invalid(errors);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return ApiProblems.of(HttpStatus.BAD_REQUEST, ApiProblems.safe(e.getMessage(), "The request is not valid."));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        var tooLarge = BodyTooLarge.in(e);
        if (tooLarge.isPresent()) {
            return tooLarge(tooLarge.get());
        }
        if (e.getMostSpecificCause() instanceof NulCharacters.Refused refused) {
            return ApiProblems.invalid(List.of(new FieldProblem(refused.path(), NulCharacters.MESSAGE)));
        }
        return ApiProblems.invalid(List.of(new FieldProblem("body", UnreadableBody.describe(e))));
    }

    /** The body could not be read to its end: it was too large, or the caller stopped sending it. */
    @ExceptionHandler(java.io.UncheckedIOException.class)
    ProblemDetail unreadableBody(java.io.UncheckedIOException e) {
        return BodyTooLarge.in(e)
                .map(ApiExceptionHandler::tooLarge)
                .orElseGet(() -> ApiProblems.of(HttpStatus.BAD_REQUEST, "The request body could not be read."));
    }

    private static ProblemDetail tooLarge(BodyTooLarge e) {
        return ApiProblems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + RequestSizeLimitFilter.describe(e.limit())
                        + ", the most this endpoint accepts.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return ApiProblems.invalid(List.of(new FieldProblem(e.getName(), "has a value of the wrong form")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return ApiProblems.invalid(List.of(new FieldProblem(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return ApiProblems.invalid(List.of(new FieldProblem(e.getHeaderName(), "header is required")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return ApiProblems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "This endpoint does not accept that content type.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return ApiProblems.of(HttpStatus.METHOD_NOT_ALLOWED, "This endpoint does not accept that method.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return ApiProblems.of(HttpStatus.CONTENT_TOO_LARGE, "The upload is too large.");
    }

    /** Left to the security filters, which answer 403 and record the refusal in the audit trail. */
    @ExceptionHandler(AccessDeniedException.class)
    void denied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        var tooLarge = BodyTooLarge.in(e);
        if (tooLarge.isPresent()) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(tooLarge.get()));
        }
        if (DatabaseUnavailable.is(e)) {
            log.warn("The database could not be reached: answered 503");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(DatabaseUnavailable.problem());
        }
        log.error("Unexpected error in an API request", e);
        return ResponseEntity.internalServerError()
                .body(ApiProblems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong. It has been logged."));
    }

    private static String message(String message) {
        return message == null ? "is not valid" : message;
    }
}
