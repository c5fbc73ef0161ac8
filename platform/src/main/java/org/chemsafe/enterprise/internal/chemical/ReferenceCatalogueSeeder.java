package org.chemsafe.enterprise.internal.chemical;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On every start, brings the catalogue's reference rows in line with GB 18218-2018 Table 1 on the classpath, row by
 * row number, so a corrected table reaches existing databases. Rows already right are left untouched.
 */
@Component
@Order(0)
class ReferenceCatalogueSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceCatalogueSeeder.class);

    private final ChemicalRepository chemicals;

    ReferenceCatalogueSeeder(ChemicalRepository chemicals) {
        this.chemicals = chemicals;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Table1Row> rows = Gb18218Table1.load();
        long changed = rows.stream().filter(chemicals::upsertReference).count();
        if (changed > 0) {
            log.info("Chemicals catalogue: {} of {} GB 18218-2018 Table 1 rows inserted or corrected", changed,
                    rows.size());
        }
    }
}
