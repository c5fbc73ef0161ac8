package org.chemsafe.enterprise.internal.chemical;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.enterprise.EnterprisePermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/chemicals")
@Tag(name = "Chemicals")
class ChemicalController {

    private static final String READ = "hasAuthority('" + EnterprisePermissions.CHEMICAL_READ + "')";
    private static final String WRITE = "hasAuthority('" + EnterprisePermissions.CHEMICAL_WRITE + "')";

    private final Chemicals chemicals;
    private final HazardCategories categories;
    private final ChemicalRequestValidator validator;

    ChemicalController(Chemicals chemicals, HazardCategories categories, ChemicalRequestValidator validator) {
        this.chemicals = chemicals;
        this.categories = categories;
        this.validator = validator;
    }

    @InitBinder("chemicalRequest")
    void validateChemicals(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping
    @PreAuthorize(READ)
    @Operation(summary = "Search GB 18218 Table 1 and the chemicals of the enterprises within the caller's scope",
            description = "q matches names, aliases and CAS numbers; exact matches come first")
    PageResult<ChemicalInfo> search(@RequestParam(required = false) @Size(max = 64) @Nullable String q,
            @RequestParam(defaultValue = "ALL") CatalogueSection scope,
            @RequestParam(required = false) @Nullable UUID enterpriseId, @Valid PageQuery page) {
        return chemicals.search(CurrentActor.get(), q, scope, enterpriseId, page);
    }

    @GetMapping("/hazard-categories")
    @PreAuthorize(READ)
    @Operation(summary = "The hazard categories of GB 18218-2018 Table 2 with their critical quantities")
    List<HazardCategory> hazardCategories() {
        return categories.all();
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    ChemicalInfo get(@PathVariable UUID id) {
        return chemicals.get(CurrentActor.get(), id);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    @Operation(summary = "Define a chemical of an enterprise within the caller's scope")
    ResponseEntity<ChemicalInfo> create(@Valid @RequestBody ChemicalRequest request) {
        ChemicalInfo created = chemicals.create(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/chemicals/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Change an enterprise's chemical (Table 1 rows are read-only)")
    ChemicalInfo update(@PathVariable UUID id, @Valid @RequestBody ChemicalRequest request) {
        return chemicals.update(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Delete an enterprise's chemical (Table 1 rows are read-only)")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        chemicals.delete(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}
