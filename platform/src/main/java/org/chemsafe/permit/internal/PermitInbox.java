package org.chemsafe.permit.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.identity.RoleDirectory;
import org.chemsafe.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval inbox: the permits of the caller's scope whose next signature is for a function the caller's roles are
 * bound to (GB 30871-2022 Table B.1 note 1), soonest planned start first.
 */
@Service
@Transactional(readOnly = true)
class PermitInbox {

    /** Permits being signed that are looked at; an enterprise has a few dozen a day at most. */
    static final int LIMIT = 500;

    private final PermitRepository permits;
    private final SigningRoles signingRoles;
    private final RoleDirectory roles;

    PermitInbox(PermitRepository permits, SigningRoles signingRoles, RoleDirectory roles) {
        this.permits = permits;
        this.signingRoles = signingRoles;
        this.roles = roles;
    }

    List<InboxItem> awaiting(Actor actor) {
        Set<String> held = roles.rolesOf(actor.id());
        Map<UUID, Map<SigningFunction, SigningRoleRepository.Binding>> bindings = signingRoles.visible(actor.scope());
        return permits.awaitingSignature(actor.scope(), LIMIT).stream().map(row -> {
            PermitRepository.PermitRow p = row.permit();
            List<SignatureStep> chain = SignatureStep.chainOf(p.type());
            if (row.signed() >= chain.size()) {
                return null;
            }
            SignatureStep step = chain.get(row.signed());
            SigningFunction function = SigningFunction.of(step, row.approver());
            Set<String> bound = SigningRoles.rolesFor(bindings.getOrDefault(p.enterpriseId(), Map.of()), function);
            return bound.stream().anyMatch(held::contains)
                    ? new InboxItem(p.id(), p.enterpriseId(), p.number(), p.type(), p.grade(), p.location(),
                            p.plannedStart(), p.plannedEnd(), p.applicantName(), p.appliedAt(), step, function,
                            row.signed(), chain.size())
                    : null;
        }).filter(Objects::nonNull).toList();
    }
}
