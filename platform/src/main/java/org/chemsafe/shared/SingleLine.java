package org.chemsafe.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * One line of plain text, as names, posts and addresses are: no control characters (line breaks, tabs, NUL, the
 * C1 controls) and no Unicode line or paragraph separators. Such characters break the Excel exports, file names and
 * log lines that carry the text, and nobody types them into a name on purpose. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[^\\p{Cc}\\u2028\\u2029]*")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {

    String message() default "{validation.single-line}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
