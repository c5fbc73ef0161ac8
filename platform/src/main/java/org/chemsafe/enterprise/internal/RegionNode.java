package org.chemsafe.enterprise.internal;

import java.util.List;

import org.chemsafe.enterprise.RegionLevel;

/** A region with its children, as the region tree endpoint answers. */
record RegionNode(String code, String name, RegionLevel level, List<RegionNode> children) {
}
