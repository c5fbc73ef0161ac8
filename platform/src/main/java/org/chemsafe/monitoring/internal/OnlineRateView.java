package org.chemsafe.monitoring.internal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An enterprise's online rate (在线率) of a day, 0–1, over the checks made that day, and its rank among those listed,
 * with the enterprise's name and region.
 */
record OnlineRateView(int rank, UUID enterpriseId, String enterpriseName, String regionName, LocalDate day,
        double onlineRate, int checks, int points) {
}
