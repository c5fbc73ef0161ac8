package org.chemsafe.alarm.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.chemsafe.alarm.AlarmPermissions;
import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.enterprise.EnterpriseAccess;
import org.chemsafe.shared.Actor;
import org.chemsafe.shared.CurrentActor;
import org.chemsafe.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Alarms")
class LadderController {

    private final EscalationRepository escalations;
    private final EnterpriseAccess access;
    private final Clock clock;

    LadderController(EscalationRepository escalations, EnterpriseAccess access, Clock clock) {
        this.escalations = escalations;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/v1/alarm-ladders")
    @PreAuthorize(AlarmController.READ)
    @Operation(summary = "The escalation ladder per severity of the caller's enterprise (or enterpriseId within the "
            + "caller's scope), with the defaults")
    LadderView get(@RequestParam(required = false) @Nullable UUID enterpriseId) {
        Actor actor = CurrentActor.get();
        return view(access.readableFor(actor, enterpriseId), actor.scope());
    }

    @PutMapping("/api/v1/alarm-ladders")
    @PreAuthorize(AlarmController.CONFIGURE)
    @Transactional
    @Operation(summary = "Set the ladders of the severities given (minutes from the first raise: first < second < "
            + "third; reminders and the standing limit optional)")
    LadderView put(@Valid @RequestBody LadderRequest request) {
        Actor actor = CurrentActor.get();
        UUID enterpriseId = access.ownerFor(actor, request.enterpriseId());
        escalations.saveLadders(enterpriseId, request.ladders(), clock.instant());
        return view(enterpriseId, DataScope.enterprise(enterpriseId));
    }

    private LadderView view(UUID enterpriseId, DataScope scope) {
        List<EscalationLadder> ladders = List.copyOf(
                escalations.ladders(Set.of(enterpriseId), scope).get(enterpriseId).values());
        List<EscalationLadder> defaults = List.of(AlarmSeverity.values()).stream().map(EscalationLadder::standard)
                .toList();
        return new LadderView(enterpriseId, ladders, defaults);
    }
}
