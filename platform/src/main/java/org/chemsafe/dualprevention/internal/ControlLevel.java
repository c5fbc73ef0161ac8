package org.chemsafe.dualprevention.internal;

/** Where in the enterprise a risk is controlled from (分级管控): company, workshop, team, post. */
enum ControlLevel {
    /** 公司（厂）级. */
    COMPANY,
    /** 车间（部室）级. */
    WORKSHOP,
    /** 班组级. */
    TEAM,
    /** 岗位级. */
    POST
}
