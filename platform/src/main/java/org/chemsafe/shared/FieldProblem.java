package org.chemsafe.shared;

/** One offending field of a rejected request: its path in the request, a stable code and a readable message. */
public record FieldProblem(String field, String code, String message) {
}
