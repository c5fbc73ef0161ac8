/**
 * Printed documents every module shares: the CJK font PDFBox can embed, and a sheet of ruled rows drawn top to
 * bottom on A4 pages (permits, the hidden-danger ledger, the inspection records).
 */
@NullMarked
package org.chemsafe.shared.pdf;

import org.jspecify.annotations.NullMarked;
