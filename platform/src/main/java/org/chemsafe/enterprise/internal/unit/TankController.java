package org.chemsafe.enterprise.internal.unit;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.shared.CurrentActor;
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

@RestController
@Tag(name = "Hazard units")
class TankController {

    private final Tanks tanks;
    private final Inventories inventories;

    TankController(Tanks tanks, Inventories inventories) {
        this.tanks = tanks;
        this.inventories = inventories;
    }

    @GetMapping("/api/v1/units/{id}/tanks")
    @PreAuthorize(UnitController.READ)
    List<TankView> tanks(@PathVariable UUID id) {
        return tanks.ofFarm(CurrentActor.get(), id);
    }

    @PostMapping("/api/v1/units/{id}/tanks")
    @PreAuthorize(UnitController.WRITE)
    @Operation(summary = "Add a tank to a tank farm")
    ResponseEntity<TankView> addTank(@PathVariable UUID id, @Valid @RequestBody TankRequest request) {
        TankView created = tanks.add(CurrentActor.get(), id, request);
        return ResponseEntity.created(URI.create("/api/v1/tanks/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/tanks/{id}")
    @PreAuthorize(UnitController.WRITE)
    TankView updateTank(@PathVariable UUID id, @Valid @RequestBody TankRequest request) {
        return tanks.update(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/tanks/{id}")
    @PreAuthorize(UnitController.WRITE)
    ResponseEntity<Void> deleteTank(@PathVariable UUID id) {
        tanks.delete(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/units/{id}/inventory")
    @PreAuthorize(UnitController.READ)
    @Operation(summary = "What the unit holds at its design maximum, entered or derived from its tanks")
    List<InventoryItemView> inventory(@PathVariable UUID id) {
        return inventories.ofUnit(CurrentActor.get(), id);
    }

    @PostMapping("/api/v1/units/{id}/inventory")
    @PreAuthorize(UnitController.WRITE)
    ResponseEntity<InventoryItemView> addItem(@PathVariable UUID id, @Valid @RequestBody InventoryItemRequest request) {
        InventoryItemView created = inventories.add(CurrentActor.get(), id, request);
        return ResponseEntity.created(URI.create("/api/v1/inventory-items/" + created.id())).body(created);
    }

    @PutMapping("/api/v1/inventory-items/{id}")
    @PreAuthorize(UnitController.WRITE)
    InventoryItemView updateItem(@PathVariable UUID id, @Valid @RequestBody InventoryItemRequest request) {
        return inventories.update(CurrentActor.get(), id, request);
    }

    @DeleteMapping("/api/v1/inventory-items/{id}")
    @PreAuthorize(UnitController.WRITE)
    ResponseEntity<Void> deleteItem(@PathVariable UUID id) {
        inventories.delete(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }
}
