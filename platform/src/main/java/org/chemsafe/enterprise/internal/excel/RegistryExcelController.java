package org.chemsafe.enterprise.internal.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.enterprise.EnterprisePermissions;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.ProblemException;
import org.chemsafe.shared.excel.ExcelImports;
import org.chemsafe.shared.web.Downloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Excel templates, imports and exports of the registry. Kinds: {@code units}, {@code tanks}, {@code inventory} (one
 * sheet each) and {@code registry} (all three sheets in one workbook, as the units export writes them).
 */
@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "Registry import and export")
class RegistryExcelController {

    private static final String READ = "hasAuthority('" + EnterprisePermissions.UNIT_READ + "')";
    private static final String WRITE = "hasAuthority('" + EnterprisePermissions.UNIT_WRITE + "')";
    private static final String ENTERPRISE_READ = "hasAuthority('" + EnterprisePermissions.ENTERPRISE_READ + "')";
    private static final String ALL = "registry";

    private final RegistryImporter importer;
    private final RegistryWorkbooks workbooks;
    private final RegistryExcelRepository repository;
    private final RegistryLabels labels;
    private final EnterpriseAccess access;

    RegistryExcelController(RegistryImporter importer, RegistryWorkbooks workbooks,
            RegistryExcelRepository repository, RegistryLabels labels, EnterpriseAccess access) {
        this.importer = importer;
        this.workbooks = workbooks;
        this.repository = repository;
        this.labels = labels;
        this.access = access;
    }

    @GetMapping("/templates/{kind}.xlsx")
    @PreAuthorize(READ)
    @Operation(summary = "An import template: Chinese headers with notes and dropdowns, an example on the 说明 sheet")
    void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
        List<RegistrySheet> sheets = List.copyOf(sheets(kind, "template"));
        String name = labels.file("registry-excel.file.template",
                kind.equals(ALL) ? labels.file("registry-excel.sheet.registry") : labels.sheetName(sheets.get(0)));
        xlsx(response, name, kind + "-template.xlsx");
        workbooks.template(sheets, response.getOutputStream());
    }

    @PostMapping(path = "/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITE)
    @Operation(summary = "Import an Excel workbook all or nothing: every bad cell is listed (422) and nothing is "
            + "written, or every row is written (new codes registered, existing codes updated)")
    ImportSummary importFile(@PathVariable String kind, @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable UUID enterpriseId) {
        Set<RegistrySheet> sheets = sheets(kind, "import");
        Actor actor = CurrentActor.get();
        UUID target = access.ownerFor(actor, enterpriseId);
        try (InputStream upload = file.getInputStream()) {
            return importer.importFile(actor, target, kind, sheets, upload);
        } catch (IOException ex) {
            throw ExcelImports.unreadable();
        }
    }

    @GetMapping("/exports/units.xlsx")
    @PreAuthorize(READ)
    @Operation(summary = "An enterprise's units, tanks and inventory on three sheets (the import layout)")
    void exportUnits(@RequestParam(required = false) @Nullable UUID enterpriseId, HttpServletResponse response)
            throws IOException {
        Actor actor = CurrentActor.get();
        UUID target = target(actor, enterpriseId);
        String name = repository.enterpriseName(target, actor.scope())
                .orElseThrow(() -> ProblemException.notFound("enterprise", target));
        xlsx(response, labels.file("registry-excel.file.units", name), "units-tanks-inventory.xlsx");
        workbooks.units(target, response.getOutputStream());
    }

    @GetMapping("/exports/enterprises.xlsx")
    @PreAuthorize(ENTERPRISE_READ)
    @Operation(summary = "The enterprise registry within the caller's scope")
    void exportEnterprises(HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        xlsx(response, labels.file("registry-excel.file.enterprises"), "enterprises.xlsx");
        workbooks.enterprises(actor.scope(), response.getOutputStream());
    }

    /** The enterprise to export: an enterprise user's own (naming another is 404); for others the named one. */
    private static UUID target(Actor actor, @Nullable UUID requested) {
        UUID own = actor.scope().enterpriseId();
        if (own != null) {
            if (requested != null && !requested.equals(own)) {
                throw ProblemException.notFound("enterprise", requested);
            }
            return own;
        }
        if (requested == null) {
            throw ProblemException.ruleViolation("enterprise.owner.required");
        }
        return requested;
    }

    private static Set<RegistrySheet> sheets(String kind, String resource) {
        if (kind.equals(ALL)) {
            return EnumSet.allOf(RegistrySheet.class);
        }
        return RegistrySheet.byKey(kind).map(EnumSet::of)
                .orElseThrow(() -> ProblemException.notFound(resource, kind));
    }

    private static void xlsx(HttpServletResponse response, String filename, String asciiName) {
        Downloads.xlsx(response, filename, asciiName);
    }
}
