package org.chemsafe.alarm.internal;

import java.util.List;
import java.util.UUID;

/** An enterprise's escalation ladders, one per severity, and which of them are its own (the others the defaults). */
record LadderView(UUID enterpriseId, List<EscalationLadder> ladders, List<EscalationLadder> defaults) {
}
