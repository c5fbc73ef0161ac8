package org.chemsafe.shared.db;

/** Present as a bean when the platform runs on its embedded PostgreSQL. */
public final class EmbeddedDatabase {
}
