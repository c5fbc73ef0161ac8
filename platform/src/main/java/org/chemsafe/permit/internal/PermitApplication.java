package org.chemsafe.permit.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.shared.SingleLine;
import org.jspecify.annotations.Nullable;

/**
 * An application for a special-work permit.
 *
 * @param enterpriseId         the enterprise, for platform users (an enterprise user's own otherwise)
 * @param location             where the work is done (作业地点)
 * @param content              what is done (作业内容)
 * @param facts                the facts that grade it; {@code plannedStart} and {@code plannedEnd} are required here
 * @param guardianId           the guardian (监护人) every special work needs (4.10): a person of the enterprise's
 *                             register with a valid guardian training record
 * @param workerIds            the workers (作业人), people of the register; hot work, temporary power and lifting
 *                             check their certificates (Appendix A)
 * @param crossWorkCoordinator the coordinator of cross-work (4.7), needed when other work runs at the same place
 * @param areaId               the site area of the enterprise's registry the work lies in, if known
 * @param position             where on the site plan, for the distance rules
 * @param pipeline             blind plate: the line (管道) the plate is set in or taken from (7.11)
 * @param insideConfinedSpace  hot work inside a confined space, which also needs a confined-space permit (4.6)
 * @param camera               the camera recording the work; 特级 hot work needs one (5.2.11)
 * @param details              the type's Appendix A form fields ({@link FormFields}), by key
 * @param linkedPermitIds      related permits of the same job: the confined-space permit of hot work inside it, the
 *                             hot or confined-space work a temporary power permit supplies (10.8)
 */
record PermitApplication(@Nullable UUID enterpriseId, @NotBlank @Size(max = 200) @SingleLine String location,
        @NotBlank @Size(max = 500) String content, @NotNull @Valid ClassifyRequest facts,
        @NotNull UUID guardianId, @Nullable @Size(max = 20) List<@NotNull UUID> workerIds,
        @Nullable @Size(max = 64) @SingleLine String crossWorkCoordinator, @Nullable UUID areaId,
        @Nullable @Valid SitePosition position, @Nullable @Size(max = 64) @SingleLine String pipeline,
        @Nullable Boolean insideConfinedSpace, @Nullable @Size(max = 5) List<@NotNull UUID> linkedPermitIds,
        @Nullable @Size(max = 40) Map<@NotNull String, @NotNull String> details, @Nullable @Valid PermitCamera camera) {

    PermitApplication {
        linkedPermitIds = linkedPermitIds == null ? List.of() : List.copyOf(linkedPermitIds);
        workerIds = workerIds == null ? List.of() : List.copyOf(workerIds);
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    boolean hotWorkInsideConfinedSpace() {
        return Boolean.TRUE.equals(insideConfinedSpace);
    }
}
