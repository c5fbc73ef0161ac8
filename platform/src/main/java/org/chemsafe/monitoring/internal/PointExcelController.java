package org.chemsafe.monitoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.monitoring.MonitoringPermissions;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.excel.ExcelImports;
import org.chemsafe.shared.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Monitoring points")
class PointExcelController {

    private static final String READ = "hasAuthority('" + MonitoringPermissions.MONITORING_READ + "')";
    private static final String WRITE = "hasAuthority('" + MonitoringPermissions.MONITORING_WRITE + "')";

    private final PointImporter importer;
    private final PointWorkbooks workbooks;
    private final PointLabels labels;
    private final EnterpriseAccess access;
    private final EnterpriseDirectory directory;

    PointExcelController(PointImporter importer, PointWorkbooks workbooks, PointLabels labels,
            EnterpriseAccess access, EnterpriseDirectory directory) {
        this.importer = importer;
        this.workbooks = workbooks;
        this.labels = labels;
        this.access = access;
        this.directory = directory;
    }

    @GetMapping("/api/v1/points/import-template.xlsx")
    @PreAuthorize(READ)
    @Operation(summary = "The points import template: Chinese headers with notes and dropdowns, notes and an example")
    void template(HttpServletResponse response) throws IOException {
        Downloads.xlsx(response, labels.file("points-excel.file.template"), "points-template.xlsx");
        workbooks.template(response.getOutputStream());
    }

    @PostMapping(path = "/api/v1/points/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Import points from Excel all or nothing: every bad cell is listed (422) and nothing is "
            + "written, or every row is written (new tags registered, existing tags updated)")
    PointImportSummary importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable UUID enterpriseId) {
        UUID target = access.ownerFor(CurrentActor.get(), enterpriseId);
        AuditTarget.concerns(target);
        try (InputStream upload = file.getInputStream()) {
            return importer.importFile(target, upload);
        } catch (IOException unreadable) {
            throw ExcelImports.unreadable();
        }
    }

    @GetMapping("/api/v1/points/export.xlsx")
    @PreAuthorize(READ)
    @Operation(summary = "An enterprise's points in the import layout (the caller's own, or enterpriseId within the "
            + "caller's scope)")
    void export(@RequestParam(required = false) @Nullable UUID enterpriseId, HttpServletResponse response)
            throws IOException {
        Actor actor = CurrentActor.get();
        UUID target = access.readableFor(actor, enterpriseId);
        EnterpriseSummary enterprise = directory.findEnterprise(target)
                .orElseThrow(() -> ProblemException.notFound("enterprise", target));
        Downloads.xlsx(response, labels.file("points-excel.file.export", enterprise.name()), "points.xlsx");
        workbooks.export(target, actor.scope(), response.getOutputStream());
    }
}
