package org.chemsafe.monitoring.internal;

import java.time.LocalDate;

/** One day of an enterprise's online rate (在线率), 0–1, over that day's checks. */
record OnlineRateDay(LocalDate day, double onlineRate, int checks, int points) {
}
