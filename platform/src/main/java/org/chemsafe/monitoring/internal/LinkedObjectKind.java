package org.chemsafe.monitoring.internal;

/** The kinds of registry object a point is installed on, named by kind and id (the object lives in its module). */
enum LinkedObjectKind {
    TANK, PRODUCTION_UNIT, WAREHOUSE, LOADING_RACK, AREA, MAJOR_HAZARD_SOURCE
}
