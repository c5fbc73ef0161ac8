package org.chemsafe.alarm.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.chemsafe.alarm.AlarmSeverity;
import org.chemsafe.shared.FieldViolations;
import org.jspecify.annotations.Nullable;

class LadderValidator implements ConstraintValidator<ValidLadders, LadderRequest> {

    @Override
    public boolean isValid(@Nullable LadderRequest request, ConstraintValidatorContext context) {
        if (request == null || request.ladders() == null) {
            return true;
        }
        boolean valid = true;
        Set<AlarmSeverity> seen = EnumSet.noneOf(AlarmSeverity.class);
        List<EscalationLadder> ladders = request.ladders();
        for (int i = 0; i < ladders.size(); i++) {
            EscalationLadder ladder = ladders.get(i);
            if (ladder == null) {
                continue;
            }
            String field = ladder.outOfOrder();
            if (field != null) {
                valid = FieldViolations.refuse(context, "ladders[" + i + "]." + field, "{alarm.ladder.order}");
            }
            if (ladder.severity() != null && !seen.add(ladder.severity())) {
                valid = FieldViolations.refuse(context, "ladders[" + i + "].severity", "{alarm.ladder.duplicate}");
            }
        }
        return valid;
    }
}
