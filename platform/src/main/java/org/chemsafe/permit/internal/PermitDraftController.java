package org.chemsafe.permit.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.permit.PermitPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** Drafts of permit applications (草稿): the signed-in applicant's list, each draft, and its submission. */
@RestController
@Tag(name = "Permit")
class PermitDraftController {

    private static final String PATH = "/api/v1/permit-drafts";
    private static final String WRITE = "hasAuthority('" + PermitPermissions.PERMIT_WRITE + "')";

    private final PermitDrafts drafts;

    PermitDraftController(PermitDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping(PATH)
    @PreAuthorize(WRITE)
    @Operation(summary = "The caller's drafts, last changed first")
    PageResult<PermitDraftView> list(@Valid PageQuery page) {
        return drafts.own(CurrentActor.get(), page);
    }

    @PostMapping(PATH)
    @PreAuthorize(WRITE)
    @Operation(summary = "Keep an application as filled in so far (the body of POST /api/v1/permits, any part of it)")
    ResponseEntity<PermitDraftView> create(@RequestBody JsonNode application) {
        PermitDraftView created = drafts.create(CurrentActor.get(), application);
        return ResponseEntity.created(URI.create(PATH + "/" + created.id())).body(created);
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize(WRITE)
    PermitDraftView get(@PathVariable UUID id) {
        return drafts.get(CurrentActor.get(), id);
    }

    @PutMapping(PATH + "/{id}")
    @PreAuthorize(WRITE)
    PermitDraftView change(@PathVariable UUID id, @RequestBody JsonNode application) {
        return drafts.change(CurrentActor.get(), id, application);
    }

    @DeleteMapping(PATH + "/{id}")
    @PreAuthorize(WRITE)
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        drafts.remove(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(PATH + "/{id}/submit")
    @PreAuthorize(WRITE)
    @Operation(summary = "Apply for the permit the draft describes, with every rule of POST /api/v1/permits; the draft "
            + "is removed once applied for")
    ResponseEntity<PermitView> submit(@PathVariable UUID id) {
        PermitView permit = drafts.submit(CurrentActor.get(), id);
        return ResponseEntity.created(URI.create("/api/v1/permits/" + permit.id())).body(permit);
    }
}
