package org.chemsafe.majorhazard.internal.source;

import java.util.UUID;

record AccountablePersonView(AccountableRole role, UUID userId, String displayName, String post, String phone) {
}
