package org.chemsafe.enterprise.internal.chemical;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.enterprise.CasNumber;
import org.chemsafe.enterprise.ChemicalCatalogue;
import org.chemsafe.enterprise.ChemicalInfo;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultChemicalCatalogue implements ChemicalCatalogue {

    private final ChemicalRepository chemicals;

    DefaultChemicalCatalogue(ChemicalRepository chemicals) {
        this.chemicals = chemicals;
    }

    @Override
    public Optional<ChemicalInfo> find(UUID id) {
        return chemicals.find(id);
    }

    @Override
    public List<ChemicalInfo> findReferencesByCas(CasNumber cas) {
        return chemicals.referencesByCas(cas);
    }

    @Override
    public List<ChemicalInfo> findReferencesByName(String nameOrAlias) {
        return chemicals.referencesByName(nameOrAlias.strip());
    }

    @Override
    public List<ChemicalInfo> references() {
        return chemicals.references();
    }
}
