package org.chemsafe.monitoring.internal;

import java.time.LocalDate;
import java.util.UUID;

/** An enterprise's online rate (在线率) of a day, 0–1, over the checks made that day, and its rank among those listed. */
record OnlineRateView(int rank, UUID enterpriseId, LocalDate day, double onlineRate, int checks, int points) {
}
