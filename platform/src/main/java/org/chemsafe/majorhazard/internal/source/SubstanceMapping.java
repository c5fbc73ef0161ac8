package org.chemsafe.majorhazard.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.enterprise.InventoryLine;
import org.chemsafe.enterprise.UnitInventory;
import org.chemsafe.majorhazard.HazardCategory;
import org.chemsafe.majorhazard.SubstanceQuantity;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a unit's inventory into the engine's substances: a GB 18218 Table 1 chemical by its printed name (unique in
 * the table, unlike some CAS numbers), any other by its name and CAS number, with the hazard categories the
 * enterprise classified it under. Lines whose quantity is unknown are left out and reported as problems.
 */
@Component
class SubstanceMapping {

    /** Problems are recorded in the platform's language. */
    static final Locale RECORD_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ChemicalCatalogue catalogue;
    private final MessageSource messages;

    SubstanceMapping(ChemicalCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    record Mapped(List<SubstanceQuantity> substances, List<String> problems) {
    }

    Mapped map(UnitInventory unit) {
        List<SubstanceQuantity> substances = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (InventoryLine line : unit.lines()) {
            if (line.tonnes() == null) {
                problems.add(line.problem() != null ? line.problem()
                        : message("majorhazard.source.quantity-unknown", line.chemicalName()));
                continue;
            }
            Optional<ChemicalInfo> chemical = catalogue.find(line.chemicalId());
            if (chemical.isEmpty()) {
                problems.add(message("majorhazard.source.chemical-unknown", line.chemicalName()));
                continue;
            }
            substances.add(substance(chemical.get(), line));
        }
        return new Mapped(substances, problems);
    }

    private static SubstanceQuantity substance(ChemicalInfo chemical, InventoryLine line) {
        List<HazardCategory> categories = chemical.hazardCategories().stream().map(HazardCategory::ofCode)
                .flatMap(Optional::stream).toList();
        String cas = chemical.gb18218Table1Seq() != null || chemical.casNumbers().isEmpty() ? null
                : chemical.casNumbers().get(0);
        return new SubstanceQuantity(cas, chemical.name(), categories, line.tonnes());
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, RECORD_LOCALE);
    }
}
