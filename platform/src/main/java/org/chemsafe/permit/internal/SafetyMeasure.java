package org.chemsafe.permit.internal;

/** An item of a type's safety-measure checklist (Appendix A), by its number on the form. */
record SafetyMeasure(int number, String text) {
}
