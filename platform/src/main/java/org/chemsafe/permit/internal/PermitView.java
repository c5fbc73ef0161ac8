package org.chemsafe.permit.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chemsafe.permit.WorkType;
import org.jspecify.annotations.Nullable;

/**
 * A permit with its records, the signatures still missing and the next step of its chain.
 *
 * @param nextSignature the step to sign next; null once the chain is complete
 * @param nextFunction  the function that signs the next step (its roles: GET /api/v1/permit-signing-roles)
 */
record PermitView(UUID id, UUID enterpriseId, String number, WorkType type, @Nullable WorkGrade grade,
        PermitStatus status, String location, String content, Instant plannedStart, Instant plannedEnd,
        UUID applicantId, String applicantName, Instant appliedAt, List<SignatureStep> chain,
        @Nullable SignatureStep nextSignature, @Nullable SigningFunction nextFunction, List<PermitRecordView> records) {

    PermitView {
        chain = List.copyOf(chain);
        records = List.copyOf(records);
    }
}
