package org.chemsafe.dualprevention.internal.inspection;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chemsafe.dualprevention.DualPreventionPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Inspection records (隐患排查记录): recorded from the phone, resent safely, listed and read in the caller's scope. */
@RestController
@RequestMapping(InspectionRecordController.PATH)
@Tag(name = "Dual prevention")
class InspectionRecordController {

    static final String PATH = "/api/v1/inspection-records";
    static final String RECORD = "hasAuthority('" + DualPreventionPermissions.INSPECTION_RECORD + "')";

    private final InspectionRecords records;
    private final InspectionRecordLedger ledger;

    InspectionRecordController(InspectionRecords records, InspectionRecordLedger ledger) {
        this.records = records;
        this.ledger = ledger;
    }

    @PostMapping
    @PreAuthorize(RECORD)
    @Operation(summary = "Record the check of one occurrence of an inspection task (201), or find a resent one (200)",
            description = """
                    The occurrence is the task and the start of its due window. Sending the same clientId again \
                    answers the first record (200) and adds nothing; another record of a recorded occurrence is a \
                    409. With checkStatus DANGER_FOUND (存在隐患) the hidden danger found is reported in the same \
                    request, linked to the task's control measure and the record. checkTime is the phone's time of \
                    the check: inside the window or after it (a late check), never before it or in the future.""")
    ResponseEntity<InspectionRecordView> record(@Valid @RequestBody InspectionRecordRequest request) {
        InspectionRecords.Recorded recorded = records.record(CurrentActor.get(), request);
        InspectionRecordView record = recorded.record();
        return recorded.created() ? ResponseEntity.created(URI.create(PATH + "/" + record.id())).body(record)
                : ResponseEntity.ok(record);
    }

    @GetMapping
    @PreAuthorize(OccurrenceController.READ)
    @Operation(summary = "The inspection records within the caller's scope, last checked first",
            description = "Filters: enterprise, task, result, recorder, and the check time in [from, to).")
    PageResult<InspectionRecordView> list(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable UUID checkTaskId,
            @RequestParam(required = false) @Nullable CheckStatus checkStatus,
            @RequestParam(required = false) @Nullable UUID recordedBy,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to, @Valid PageQuery page) {
        return records.list(CurrentActor.get(),
                new InspectionRecordFilter(enterpriseId, checkTaskId, checkStatus, recordedBy, from, to), page);
    }

    @GetMapping("/export.xlsx")
    @PreAuthorize(OccurrenceController.READ)
    @Operation(summary = "The inspection records (隐患排查记录) of the scope as Excel, with the list's filters")
    void export(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable UUID checkTaskId,
            @RequestParam(required = false) @Nullable CheckStatus checkStatus,
            @RequestParam(required = false) @Nullable UUID recordedBy,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to, HttpServletResponse response) throws IOException {
        ledger.write(CurrentActor.get(),
                new InspectionRecordFilter(enterpriseId, checkTaskId, checkStatus, recordedBy, from, to), response);
    }

    @GetMapping("/export.pdf")
    @PreAuthorize(OccurrenceController.READ)
    @Operation(summary = "The inspection records (隐患排查记录) of the scope printed as PDF, with the list's filters",
            description = "A card per record under the Excel export's columns; at most 2,000 (else 422).")
    void print(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable UUID checkTaskId,
            @RequestParam(required = false) @Nullable CheckStatus checkStatus,
            @RequestParam(required = false) @Nullable UUID recordedBy,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to, HttpServletResponse response) throws IOException {
        ledger.print(CurrentActor.get(),
                new InspectionRecordFilter(enterpriseId, checkTaskId, checkStatus, recordedBy, from, to), response);
    }

    @GetMapping("/{id}")
    @PreAuthorize(OccurrenceController.READ)
    InspectionRecordView get(@PathVariable UUID id) {
        return records.get(CurrentActor.get(), id);
    }
}
