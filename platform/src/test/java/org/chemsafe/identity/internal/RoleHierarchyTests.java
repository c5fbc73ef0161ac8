package org.chemsafe.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RoleHierarchyTests {

    @Test
    void aUserGrantsOnlyRolesAtOrBelowItsOwn() {
        assertThat(RoleHierarchy.mayGrant(List.of("SAFETY_MANAGER"), List.of("SAFETY_MANAGER", "OPERATOR"))).isTrue();
        assertThat(RoleHierarchy.mayGrant(List.of("SAFETY_MANAGER"), List.of("ENTERPRISE_PRINCIPAL"))).isFalse();
        assertThat(RoleHierarchy.mayGrant(List.of("SHIFT_LEADER", "SAFETY_MANAGER"), List.of("SAFETY_MANAGER")))
                .as("the highest role counts").isTrue();
        assertThat(RoleHierarchy.mayGrant(List.of("REGION_SUPERVISOR"), List.of("PLATFORM_ADMIN"))).isFalse();
        assertThat(RoleHierarchy.mayGrant(List.of("PLATFORM_ADMIN"), List.of("PLATFORM_ADMIN", "CONTRACTOR"))).isTrue();
        assertThat(RoleHierarchy.mayGrant(List.of(), List.of("CONTRACTOR"))).as("no role grants nothing").isFalse();
    }

    @Test
    void aUserManagesOnlyUsersRankedAtOrBelowIt() {
        assertThat(RoleHierarchy.mayManage(List.of("SAFETY_MANAGER"), List.of("ENTERPRISE_PRINCIPAL"))).isFalse();
        assertThat(RoleHierarchy.mayManage(List.of("SAFETY_MANAGER"), List.of("OPERATOR", "ENTERPRISE_PRINCIPAL")))
                .isFalse();
        assertThat(RoleHierarchy.mayManage(List.of("SAFETY_MANAGER"), List.of("SAFETY_MANAGER"))).isTrue();
        assertThat(RoleHierarchy.mayManage(List.of("ENTERPRISE_PRINCIPAL"), List.of("CONTRACTOR"))).isTrue();
    }
}
