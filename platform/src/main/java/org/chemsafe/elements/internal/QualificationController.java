package org.chemsafe.elements.internal;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.chemsafe.elements.QualificationKind;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The people's certificates (特种作业操作证) and training records, with scanned copies and the expiring list. */
@RestController
@Tag(name = "Elements")
class QualificationController {

    private static final String PATH = "/api/v1/qualifications";

    private final QualificationRecords records;
    private final QualificationSheet sheet;

    QualificationController(QualificationRecords records, QualificationSheet sheet) {
        this.records = records;
        this.sheet = sheet;
    }

    @GetMapping(PATH)
    @PreAuthorize(PersonController.READ)
    @Operation(summary = "The certificates and training records within the scope, soonest expiry first; state "
            + "EXPIRING lists those ending within 30 days")
    PageResult<QualificationView> list(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable UUID personId,
            @RequestParam(required = false) @Nullable QualificationKind kind,
            @RequestParam(required = false) QualificationKind.@Nullable Category category,
            @RequestParam(required = false) QualificationView.@Nullable State state,
            @RequestParam(required = false) @Nullable String q, @Valid PageQuery page) {
        return records.list(CurrentActor.get(), new QualificationRecords.Query(enterpriseId, personId, kind, category,
                state, q), page);
    }

    @GetMapping(PATH + "/export.xlsx")
    @PreAuthorize(PersonController.READ)
    @Operation(summary = "The list as an Excel workbook (the same filters)")
    void export(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable UUID personId,
            @RequestParam(required = false) @Nullable QualificationKind kind,
            @RequestParam(required = false) QualificationKind.@Nullable Category category,
            @RequestParam(required = false) QualificationView.@Nullable State state,
            @RequestParam(required = false) @Nullable String q, HttpServletResponse response) throws IOException {
        sheet.write(records.all(CurrentActor.get(), new QualificationRecords.Query(enterpriseId, personId, kind,
                category, state, q)), response);
    }

    @PostMapping(PATH)
    @PreAuthorize(PersonController.WRITE)
    @Operation(summary = "Record a certificate or training record of a person of the enterprise")
    ResponseEntity<QualificationView> create(@Valid @RequestBody QualificationRequest request) {
        QualificationView created = records.create(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize(PersonController.READ)
    QualificationView get(@PathVariable UUID id) {
        return records.get(CurrentActor.get(), id);
    }

    @PutMapping(PATH + "/{id}")
    @PreAuthorize(PersonController.WRITE)
    QualificationView change(@PathVariable UUID id, @Valid @RequestBody QualificationRequest request) {
        return records.change(CurrentActor.get(), id, request);
    }

    @DeleteMapping(PATH + "/{id}")
    @PreAuthorize(PersonController.WRITE)
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        records.remove(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = PATH + "/{id}/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(PersonController.WRITE)
    @Operation(summary = "Keep the scanned copy (multipart part 'file': PDF, JPEG or PNG by content, at most 5 MB)")
    QualificationView storeScan(@PathVariable UUID id, @RequestPart("file") MultipartFile file) {
        return records.storeScan(CurrentActor.get(), id, file);
    }

    @GetMapping(PATH + "/{id}/scan")
    @PreAuthorize(PersonController.READ)
    @Operation(summary = "The scanned copy, with its content type")
    ResponseEntity<byte[]> scan(@PathVariable UUID id) {
        QualificationRecords.Scan scan = records.scan(CurrentActor.get(), id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(scan.contentType())).body(scan.content());
    }
}
