package org.chemsafe.shared.web;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.chemsafe.shared.FieldProblem;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.ProblemType;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where exceptions become RFC 9457 problem responses. Bad input is answered 4xx with the offending
 * fields; only a real fault is a 500, and then without internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final Problems problems;

    ProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
        ProblemDetail problem = problems.create(ex.type(), ex.detailKey(), ex.detailArgs());
        ex.properties().forEach(problem::setProperty);
        return ResponseEntity.status(ex.type().status()).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException ex) {
        return respond(problems.create(ProblemType.FORBIDDEN, "problem.forbidden.detail"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
        return respond(problems.validation(List.of(
                new FieldProblem(ex.getName(), "typeMismatch", problems.message("problem.field.type-mismatch", null)))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex) {
        return respond(problems.validation(ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(leaf(violation.getPropertyPath().toString()),
                        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        violation.getMessage()))
                .toList()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> handleIntegrity(DataIntegrityViolationException ex) {
        log.warn("Rejected by the database: {}", ex.getMostSpecificCause().getMessage());
        if (isDataException(ex)) {
            // SQLSTATE class 22: a value the database cannot store (out of range, NUL in text), not a conflict
            return respond(problems.create(ProblemType.MALFORMED_REQUEST, "problem.malformed-request.value"));
        }
        return respond(problems.create(ProblemType.CONFLICT, "problem.conflict.constraint"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> handleMultipart(MultipartException ex) {
        return respond(problems.create(ProblemType.MALFORMED_REQUEST, "problem.malformed-request.multipart"));
    }

    @ExceptionHandler(Exception.class)
    @Nullable
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
        if (clientGone(ex)) {
            return null;
        }
        log.error("Unexpected error", ex);
        return respond(problems.create(ProblemType.INTERNAL, "problem.internal.detail"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), codeOf(error), messageOf(error)));
        }
        ex.getBindingResult().getGlobalErrors().forEach(error -> errors
                .add(new FieldProblem(error.getObjectName(), codeOf(error), messageOf(error))));
        return asObject(problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError fieldError ? fieldError.getField() : String.valueOf(parameter);
                errors.add(new FieldProblem(field, codeOf(error), messageOf(error)));
            }
        }
        return asObject(problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        RequestBodyLimit.BodyTooLarge tooLarge = causeOf(ex, RequestBodyLimit.BodyTooLarge.class);
        if (tooLarge != null) {
            return asObject(problems.create(ProblemType.PAYLOAD_TOO_LARGE, "problem.payload-too-large.body",
                    tooLarge.kilobytes()));
        }
        Throwable cause = ex.getCause();
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String key = mismatch instanceof StrictJsonInput.RefusedValue refused ? refused.messageKey()
                    : mismatch instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                            && invalid.getTargetType().isEnum() ? "problem.field.unknown-value"
                                    : "problem.field.type-mismatch";
            return asObject(problems.validation(
                    List.of(new FieldProblem(field, "typeMismatch", problems.message(key, null)))));
        }
        String detailKey = cause instanceof JacksonException ? "problem.malformed-request.json"
                : "problem.malformed-request.detail";
        return asObject(problems.create(ProblemType.MALFORMED_REQUEST, detailKey));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(problems.validation(List.of(new FieldProblem(ex.getParameterName(), "required",
                problems.message("problem.field.required", null)))));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return asObject(problems.create(ProblemType.NOT_FOUND, "problem.not-found.path", ex.getResourcePath()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(problems.create(ProblemType.METHOD_NOT_ALLOWED, "problem.method-not-allowed.detail",
                ex.getMethod()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(problems.create(ProblemType.UNSUPPORTED_MEDIA_TYPE, "problem.unsupported-media-type.detail",
                String.valueOf(ex.getContentType())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(problems.create(ProblemType.NOT_ACCEPTABLE, "problem.not-acceptable.detail"));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(problems.create(ProblemType.PAYLOAD_TOO_LARGE, "problem.payload-too-large.detail"));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (clientGone(ex)) {
            return null;
        }
        // Any other framework exception: keep its status, give it our problem shape.
        if (statusCode.is5xxServerError()) {
            log.error("Request failed", ex);
        }
        return ResponseEntity.status(statusCode).headers(headers)
                .body(problems.forStatus(statusCode.value(), LocaleContextHolder.getLocale()));
    }

    /** "search.q" (method.parameter) → "q". */
    private static String leaf(String path) {
        return path.substring(path.indexOf('.') + 1);
    }

    private static String codeOf(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        if (codes == null || codes.length == 0) {
            return "invalid";
        }
        return codes[codes.length - 1];
    }

    private String messageOf(MessageSourceResolvable error) {
        if (error instanceof FieldError field && field.isBindingFailure()) {
            // the binder's own message names Java types ("java.lang.Integer"); say it plainly
            return problems.message("problem.field.type-mismatch", null);
        }
        String message = error.getDefaultMessage();
        return message != null ? message : problems.message("problem.field.invalid", null);
    }

    /**
     * A client that went away mid-answer (broken pipe, connection reset) is not a fault of ours: one quiet line, and
     * nothing to write back.
     */
    private static boolean clientGone(Exception ex) {
        if (!DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            return false;
        }
        log.debug("Client went away before the answer was written: {}", ex.toString());
        return true;
    }

    private static boolean isDataException(Throwable ex) {
        SQLException sql = causeOf(ex, SQLException.class);
        return sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22");
    }

    private static <T extends Throwable> @Nullable T causeOf(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> asObject(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
