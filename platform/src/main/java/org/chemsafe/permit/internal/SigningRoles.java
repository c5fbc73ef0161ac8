package org.chemsafe.permit.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.identity.RoleDirectory;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.AuditTarget;
import org.chemsafe.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who signs for each function of the permits' chains (GB 30871-2022 Table B.1 note 1): the holders of the roles the
 * enterprise bound to it, or of the function's default roles.
 */
@Service
@Transactional
class SigningRoles {

    private final SigningRoleRepository bindings;
    private final RoleDirectory roles;
    private final EnterpriseAccess access;
    private final RuleFindings findings;
    private final Clock clock;

    SigningRoles(SigningRoleRepository bindings, RoleDirectory roles, EnterpriseAccess access, RuleFindings findings,
            Clock clock) {
        this.bindings = bindings;
        this.roles = roles;
        this.access = access;
        this.findings = findings;
        this.clock = clock;
    }

    /** Every function with the roles that sign for it in the enterprise. */
    @Transactional(readOnly = true)
    List<SigningRoleView> list(Actor actor, @Nullable UUID enterpriseId) {
        UUID enterprise = access.ownerFor(actor, enterpriseId);
        Map<SigningFunction, SigningRoleRepository.Binding> own = bindings.visible(actor.scope())
                .getOrDefault(enterprise, Map.of());
        return Arrays.stream(SigningFunction.values()).map(function -> view(function, own.get(function))).toList();
    }

    SigningRoleView bind(Actor actor, SigningFunction function, SigningRoleRequest request) {
        UUID enterprise = access.ownerFor(actor, request.enterpriseId());
        AuditTarget.concerns(enterprise);
        Set<String> known = roles.codes();
        Set<String> chosen = new LinkedHashSet<>();
        for (String role : request.roles()) {
            if (!known.contains(role.strip())) {
                throw findings.invalid("roles", "UnknownRole", "permit.signing-roles.unknown-role");
            }
            chosen.add(role.strip());
        }
        SigningRoleRepository.Binding binding = new SigningRoleRepository.Binding(enterprise, function,
                List.copyOf(chosen), actor.name(), clock.instant());
        bindings.save(binding);
        return view(function, binding);
    }

    /** Back to the function's default roles. */
    SigningRoleView unbind(Actor actor, SigningFunction function, @Nullable UUID enterpriseId) {
        UUID enterprise = access.ownerFor(actor, enterpriseId);
        AuditTarget.concerns(enterprise);
        bindings.delete(enterprise, function);
        return view(function, null);
    }

    /** Whether the user holds a role that signs for the function in the enterprise. */
    @Transactional(readOnly = true)
    boolean signsFor(Actor actor, UUID enterpriseId, SigningFunction function) {
        return !Collections.disjoint(roles.rolesOf(actor.id()), rolesFor(bindings.visible(actor.scope())
                .getOrDefault(enterpriseId, Map.of()), function));
    }

    /** The bindings of every enterprise the scope sees, for deciding many permits at once. */
    @Transactional(readOnly = true)
    Map<UUID, Map<SigningFunction, SigningRoleRepository.Binding>> visible(DataScope scope) {
        return bindings.visible(scope);
    }

    static Set<String> rolesFor(Map<SigningFunction, SigningRoleRepository.Binding> own, SigningFunction function) {
        SigningRoleRepository.Binding binding = own.get(function);
        return binding == null ? function.defaultRoles() : Set.copyOf(binding.roles());
    }

    private static SigningRoleView view(SigningFunction function, SigningRoleRepository.@Nullable Binding binding) {
        return binding == null
                ? new SigningRoleView(function, function.defaultRoles().stream().sorted().toList(), false, null, null)
                : new SigningRoleView(function, binding.roles(), true, binding.updatedBy(), binding.updatedAt());
    }
}
