/**
 * Sites (厂区) with their plan image, calibrated to local metre coordinates by two reference points, and the areas
 * drawn on them (polygons in metres, checked with JTS). Only enterprise users and the platform administrator edit
 * them; region supervisors read.
 */
@NullMarked
package org.chemsafe.enterprise.internal.site;

import org.jspecify.annotations.NullMarked;
