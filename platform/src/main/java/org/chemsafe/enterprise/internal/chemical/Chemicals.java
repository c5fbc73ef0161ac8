package org.chemsafe.enterprise.internal.chemical;

import java.util.Objects;
import java.util.UUID;

import org.chemsafe.enterprise.ChemicalChanged;
import org.chemsafe.enterprise.ChemicalInfo;
import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.EnterpriseFilter;
import org.chemsafe.shared.PageQuery;
import org.chemsafe.shared.PageResult;
import org.chemsafe.shared.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as people use it: everyone sees GB 18218 Table 1; the chemicals of an enterprise are seen and kept
 * only inside the caller's scope, and a chemical outside it does not exist for them (404); a new chemical's owner is
 * decided by the one owner check of every module ({@link EnterpriseAccess#ownerFor}). Table 1
 * rows are read-only: an enterprise that needs density or LEL for one creates its own entry linked to it.
 */
@Service
@Transactional
class Chemicals {

    private static final String RESOURCE = "chemical";

    private final ChemicalRepository chemicals;
    private final EnterpriseDirectory directory;
    private final EnterpriseAccess access;
    private final ApplicationEventPublisher events;

    Chemicals(ChemicalRepository chemicals, EnterpriseDirectory directory, EnterpriseAccess access,
            ApplicationEventPublisher events) {
        this.chemicals = chemicals;
        this.directory = directory;
        this.access = access;
        this.events = events;
    }

    @Transactional(readOnly = true)
    PageResult<ChemicalInfo> search(Actor actor, @Nullable String text, CatalogueSection section,
            @Nullable UUID enterpriseId, PageQuery page) {
        if (enterpriseId != null) {
            requireVisibleEnterprise(directory.filterFor(actor.scope()), enterpriseId);
        }
        return chemicals.search(actor.scope(), section, enterpriseId, text, page);
    }

    @Transactional(readOnly = true)
    ChemicalInfo get(Actor actor, UUID id) {
        return visible(actor, id);
    }

    ChemicalInfo create(Actor actor, ChemicalRequest request) {
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        requireUniqueName(enterpriseId, request, null);
        return chemicals.findVisible(chemicals.insert(enterpriseId, request), DataScope.enterprise(enterpriseId))
                .orElseThrow();
    }

    ChemicalInfo update(Actor actor, UUID id, ChemicalRequest request) {
        UUID enterpriseId = editable(actor, id);
        if (request.enterpriseId() != null && !request.enterpriseId().equals(enterpriseId)) {
            throw ProblemException.ruleViolation("chemical.enterprise.fixed");
        }
        requireUniqueName(enterpriseId, request, id);
        chemicals.update(id, request);
        events.publishEvent(new ChemicalChanged(id, enterpriseId));
        return chemicals.findVisible(id, DataScope.enterprise(enterpriseId)).orElseThrow();
    }

    void delete(Actor actor, UUID id) {
        editable(actor, id);
        chemicals.delete(id);
    }

    private ChemicalInfo visible(Actor actor, UUID id) {
        ChemicalInfo chemical = chemicals.findVisible(id, actor.scope())
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        AuditTarget.concerns(chemical.enterpriseId());
        return chemical;
    }

    /** The enterprise of a chemical the caller may change. */
    private UUID editable(Actor actor, UUID id) {
        UUID enterpriseId = visible(actor, id).enterpriseId();
        if (enterpriseId == null) {
            throw ProblemException.ruleViolation("chemical.reference.read-only");
        }
        return enterpriseId;
    }

    private void requireVisibleEnterprise(EnterpriseFilter filter, UUID enterpriseId) {
        if (!filter.permits(enterpriseId) || directory.findEnterprise(enterpriseId).isEmpty()) {
            throw ProblemException.notFound("enterprise", enterpriseId);
        }
    }

    /** The name the chemical will go by (its own, or its Table 1 row's) is not taken in the enterprise. */
    private void requireUniqueName(UUID enterpriseId, ChemicalRequest request, @Nullable UUID exceptId) {
        UUID referenceId = request.referenceChemicalId();
        String name = referenceId == null ? Objects.requireNonNull(request.name(), "validated")
                : chemicals.find(referenceId).filter(ChemicalInfo::isReference).map(ChemicalInfo::name)
                        .orElseThrow(() -> ProblemException.ruleViolation("chemical.reference.unknown", referenceId));
        if (chemicals.nameTaken(enterpriseId, name, exceptId)) {
            throw ProblemException.conflict("chemical.name.taken", name);
        }
    }
}
