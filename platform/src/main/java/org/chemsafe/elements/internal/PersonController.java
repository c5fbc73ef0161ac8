package org.chemsafe.elements.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.elements.ElementsPermissions;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The people (人员) of the enterprises, with their certificates and training records. */
@RestController
@Tag(name = "Elements")
class PersonController {

    static final String READ = "hasAuthority('" + ElementsPermissions.ELEMENTS_READ + "')";
    static final String WRITE = "hasAuthority('" + ElementsPermissions.ELEMENTS_WRITE + "')";

    private final People people;

    PersonController(People people) {
        this.people = people;
    }

    @GetMapping("/api/v1/people")
    @PreAuthorize(READ)
    @Operation(summary = "The people within the scope, by name; q searches name, employee number, department and "
            + "contractor")
    PageResult<PersonView> list(@RequestParam(required = false) @Nullable UUID enterpriseId,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Boolean enabled, @Valid PageQuery page) {
        return people.list(CurrentActor.get(), enterpriseId, q, enabled, page);
    }

    @PostMapping("/api/v1/people")
    @PreAuthorize(WRITE)
    @Operation(summary = "Register a person (own staff, or a contractor's worker with the contractor named)")
    ResponseEntity<PersonView> create(@Valid @RequestBody PersonRequest request) {
        PersonView created = people.create(CurrentActor.get(), request);
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id())).body(created);
    }

    @GetMapping("/api/v1/people/{id}")
    @PreAuthorize(READ)
    PersonView get(@PathVariable UUID id) {
        return people.get(CurrentActor.get(), id);
    }

    @PutMapping("/api/v1/people/{id}")
    @PreAuthorize(WRITE)
    PersonView change(@PathVariable UUID id, @Valid @RequestBody PersonRequest request) {
        return people.change(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/people/{id}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Remove a person and their qualifications (one who left is better disabled)")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        people.remove(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}
