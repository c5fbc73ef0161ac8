package org.chemsafe.identity.internal;

import java.util.Optional;

import org.chemsafe.identity.MachineTokens;
import org.chemsafe.shared.Actor;
import org.springframework.stereotype.Service;

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
}
