package org.chemsafe.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.chemsafe.identity.MachineTokens;
import org.chemsafe.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultMachineTokens implements MachineTokens {

    private final ApiTokens tokens;

    DefaultMachineTokens(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<Actor> authenticate(String token, String purpose) {
        String authority = "purpose:" + purpose;
        return tokens.authenticate(token)
                .filter(authentication -> authentication.getAuthorities().stream()
                        .anyMatch(granted -> authority.equals(granted.getAuthority())))
                .map(authentication -> (Actor) authentication.getPrincipal());
    }

    @Override
    @Transactional
    public String issue(UUID enterpriseId, String name, String purpose, Instant expiresAt) {
        return tokens.replace(enterpriseId, name, ApiTokenPurpose.valueOf(purpose), expiresAt);
    }
}
