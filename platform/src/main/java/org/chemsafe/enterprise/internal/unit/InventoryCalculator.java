package org.chemsafe.enterprise.internal.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.enterprise.InventoryLine;
import org.chemsafe.enterprise.internal.unit.InventoryRepository.Item;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The design maximum quantity of each chemical a unit holds (GB 18218-2018 4.2.2): as entered, or for a tank farm
 * item left blank, derived from its tanks holding the chemical as Σ volume (m³) × maximum fill ratio × density
 * (t/m³), rounded to 0.0001 t.
 */
@Component
class InventoryCalculator {

    private final InventoryRepository inventory;
    private final TankRepository tanks;
    private final ChemicalCatalogue catalogue;
    private final MessageSource messages;

    InventoryCalculator(InventoryRepository inventory, TankRepository tanks, ChemicalCatalogue catalogue,
            MessageSource messages) {
        this.inventory = inventory;
        this.tanks = tanks;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    List<InventoryItemView> items(UnitView unit) {
        List<Item> items = inventory.ofUnit(unit.id());
        Map<UUID, BigDecimal> fillable = items.stream().anyMatch(item -> item.enteredTonnes() == null)
                ? tanks.fillableVolumeByChemical(unit.id()) : Map.of();
        return items.stream().map(item -> view(item, fillable)).toList();
    }

    List<InventoryLine> lines(UnitView unit) {
        return items(unit).stream().map(item -> new InventoryLine(item.chemicalId(), item.chemicalName(),
                item.designMaxTonnes(), item.source(), item.problem())).toList();
    }

    private InventoryItemView view(Item item, Map<UUID, BigDecimal> fillable) {
        Optional<ChemicalInfo> chemical = catalogue.find(item.chemicalId());
        String name = chemical.map(ChemicalInfo::name).orElse(item.chemicalId().toString());
        if (item.enteredTonnes() != null) {
            return new InventoryItemView(item.id(), item.unitId(), item.chemicalId(), name, item.enteredTonnes(),
                    item.enteredTonnes(), InventoryLine.Source.ENTERED, null);
        }
        BigDecimal volume = fillable.get(item.chemicalId());
        BigDecimal density = chemical.map(ChemicalInfo::density).orElse(null);
        String problem = null;
        BigDecimal tonnes = null;
        if (volume == null) {
            problem = message("unit.inventory.no-tanks", name);
        } else if (density == null) {
            problem = message("unit.inventory.no-density", name);
        } else {
            tonnes = volume.multiply(density).setScale(4, RoundingMode.HALF_UP);
        }
        return new InventoryItemView(item.id(), item.unitId(), item.chemicalId(), name, null, tonnes,
                InventoryLine.Source.DERIVED_FROM_TANKS, problem);
    }

    private String message(String key, String chemical) {
        return messages.getMessage(key, new Object[] {chemical}, key, LocaleContextHolder.getLocale());
    }
}
