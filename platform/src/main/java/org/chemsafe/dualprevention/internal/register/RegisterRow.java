package org.chemsafe.dualprevention.internal.register;

import java.util.UUID;

/** A row of the risk register: its id and the enterprise that owns it. */
interface RegisterRow {

    UUID id();

    UUID enterpriseId();
}
