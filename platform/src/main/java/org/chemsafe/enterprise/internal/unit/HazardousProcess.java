package org.chemsafe.enterprise.internal.unit;

/** A key-supervised hazardous chemical process (重点监管危险化工工艺) of the reference list. */
record HazardousProcess(String code, String name) {
}
