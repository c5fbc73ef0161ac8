package org.chemsafe.demo;

import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseSummary;
import org.chemsafe.shared.DataScope;
import org.springframework.stereotype.Component;

/** Finds the demo enterprises in the database by their unified social credit codes. */
@Component
class DemoEnterprises {

    static final String CHEMICALS_CREDIT_CODE = "91370406MA3CDM0014";
    static final String STORAGE_CREDIT_CODE = "91370406MA3CDM0027";

    private final EnterpriseDirectory directory;

    DemoEnterprises(EnterpriseDirectory directory) {
        this.directory = directory;
    }

    /** The chemical plant and the storage depot, when both are in the database. */
    Optional<Pair> find() {
        UUID chemicals = null;
        UUID storage = null;
        for (EnterpriseSummary enterprise : directory.enterprisesWithin(DataScope.platform())) {
            if (CHEMICALS_CREDIT_CODE.equals(enterprise.unifiedSocialCreditCode())) {
                chemicals = enterprise.id();
            } else if (STORAGE_CREDIT_CODE.equals(enterprise.unifiedSocialCreditCode())) {
                storage = enterprise.id();
            }
        }
        return chemicals == null || storage == null ? Optional.empty() : Optional.of(new Pair(chemicals, storage));
    }

    /** The two demo enterprises with points, sites and a simulator. */
    record Pair(UUID chemicals, UUID storage) {
    }
}
