package org.chemsafe.dualprevention.internal.inspection;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chemsafe.dualprevention.internal.hidden.HiddenDangerReport;
import org.jspecify.annotations.Nullable;

/**
 * A check done on a round, as the phone sends it (perhaps long after, from a dead zone).
 *
 * @param clientId       the phone's id for this record: sending it again answers the first record and adds nothing
 * @param checkTaskId    the inspection task (隐患排查任务)
 * @param windowStart    the start of the occurrence's due window, as the occurrences list gives it
 * @param checkStatus    排查结果: NORMAL 正常, DANGER_FOUND 存在隐患, OTHER 其他
 * @param checkTime      when the check was done, by the phone's clock (national checkTime)
 * @param photos         ids of photos uploaded first (same enterprise)
 * @param checkpointCode the value of the checkpoint's QR code, when one was scanned
 * @param hiddenDanger   the hidden danger found: required with DANGER_FOUND, absent otherwise; it belongs to the
 *                       task's enterprise and measure, so it names neither
 */
record InspectionRecordRequest(@NotNull UUID clientId, @NotNull UUID checkTaskId, @NotNull Instant windowStart,
        @NotNull CheckStatus checkStatus, @NotNull Instant checkTime, @Nullable @Size(max = 2000) String comment,
        @Nullable @Size(max = 20) List<@NotNull UUID> photos, @Nullable @Valid RecordLocation location,
        @Nullable @Size(max = 200) String checkpointCode, @Nullable @Valid HiddenDangerReport hiddenDanger) {
}
