package org.chemsafe.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a state-neutral or high-rate endpoint whose calls are not written to the audit log one row per request:
 * stateless calculators (they change nothing) and machine ingestion endpoints (they keep their own counters).
 * The reason is required so that every exemption says why.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AuditExempt {

    /** Why calls of this endpoint are not audited one by one. */
    String value();
}
