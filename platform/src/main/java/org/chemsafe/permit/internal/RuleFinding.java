package org.chemsafe.permit.internal;

/**
 * A finding as the API answers it.
 *
 * @param code    the rule's stable code (e.g. {@code UPGRADE_NIGHT})
 * @param clause  the clause of GB 30871-2022 it comes from
 * @param message what was found, in the caller's language
 */
record RuleFinding(String code, String clause, String message) {
}
