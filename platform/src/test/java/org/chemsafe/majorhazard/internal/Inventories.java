package org.chemsafe.majorhazard.internal;

import java.math.BigDecimal;
import java.util.List;

import org.chemsafe.majorhazard.AssessmentRequest;
import org.chemsafe.majorhazard.AssessmentResult;
import org.chemsafe.majorhazard.HazardCategory;
import org.chemsafe.majorhazard.SubstanceQuantity;

/** The engine over the real GB 18218-2018 tables, and short ways to write a unit's inventory in tests. */
final class Inventories {

    static final Gb18218Tables TABLES = Gb18218TablesLoader.load();
    static final Gb18218Engine ENGINE = new Gb18218Engine(TABLES);

    private Inventories() {
    }

    static SubstanceQuantity cas(String cas, String tonnes, HazardCategory... categories) {
        return new SubstanceQuantity(cas, null, List.of(categories), new BigDecimal(tonnes));
    }

    static SubstanceQuantity named(String name, String tonnes, HazardCategory... categories) {
        return new SubstanceQuantity(null, name, List.of(categories), new BigDecimal(tonnes));
    }

    static SubstanceQuantity casAndName(String cas, String name, String tonnes) {
        return new SubstanceQuantity(cas, name, null, new BigDecimal(tonnes));
    }

    static AssessmentResult assess(int exposedPeople, SubstanceQuantity... substances) {
        return assess(exposedPeople, List.of(substances));
    }

    static AssessmentResult assess(int exposedPeople, List<SubstanceQuantity> substances) {
        return ENGINE.assess(new AssessmentRequest(exposedPeople, substances));
    }
}
