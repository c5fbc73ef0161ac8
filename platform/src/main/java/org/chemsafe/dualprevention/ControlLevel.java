package org.chemsafe.dualprevention;

/**
 * The organisational levels that control a risk (管控层级, domain file §4), highest first: company or plant
 * (公司(厂)级), workshop or department (车间(部室)级), team (班组) and post (岗位).
 */
public enum ControlLevel {
    COMPANY, WORKSHOP, TEAM, POST
}
