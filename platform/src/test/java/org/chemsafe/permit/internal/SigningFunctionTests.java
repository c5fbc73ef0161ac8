package org.chemsafe.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.chemsafe.permit.WorkType;
import org.junit.jupiter.api.Test;

/** Every block of every chain has a function that signs it, and the approving blocks follow Table B.1. */
class SigningFunctionTests {

    private static final Set<SignatureStep> APPROVING = EnumSet.of(SignatureStep.HOT_WORK_APPROVER,
            SignatureStep.APPROVAL_DEPARTMENT);

    @Test
    void theApprovingBlocksAreSignedByTheApproverOfTableB1() {
        for (ApproverRole approver : ApproverRole.values()) {
            for (SignatureStep step : APPROVING) {
                assertThat(SigningFunction.of(step, approver).name()).isEqualTo(approver.name());
            }
        }
        assertThat(SigningFunction.of(SignatureStep.APPROVAL_DEPARTMENT, null))
                .isEqualTo(SigningFunction.PROFESSIONAL_DEPARTMENT);
    }

    @Test
    void everyOtherBlockIsSignedByItsOwnFunctionWhoseDefaultRolesAreNotEmpty() {
        for (WorkType type : WorkType.values()) {
            for (SignatureStep step : SignatureStep.chainOf(type)) {
                SigningFunction function = SigningFunction.of(step, ApproverRole.BASE_UNIT);
                if (!APPROVING.contains(step)) {
                    assertThat(function.name()).isEqualTo(step.name());
                }
                assertThat(function.defaultRoles()).as(function.name()).isNotEmpty();
            }
        }
        assertThat(SigningFunction.SHIFT_LEADER_CHECK.defaultRoles()).containsExactly("SHIFT_LEADER");
        assertThat(Arrays.stream(SigningFunction.values()).filter(f -> f.defaultRoles().contains("PLATFORM_ADMIN")))
                .as("the platform's administrator signs no permit by default").isEmpty();
    }
}
