package org.chemsafe.alarm.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.chemsafe.alarm.AlarmType;
import org.chemsafe.alarm.OriginatorType;
import org.jspecify.annotations.Nullable;

/**
 * The alarm-system performance of a scope over [from, to), after EEMUA 191 and ISA-18.2 (clause 16, Table 5): the
 * annunciations (raises: a new alarm or an alarm raised again after returning) per 10-minute period, on average and
 * at the peak; the periods in flood (more than the flood threshold) and their share; the ten most frequent alarms
 * and their share of the load; the chattering alarms; the standing alarms (open and active for more than 24 hours
 * now); the mean time to acknowledge (from the raise or escalation before it) and to return (from the raise before
 * it); and the same counts per enterprise.
 */
record AlarmKpiReport(Instant from, Instant to, long periods, long annunciations, double averagePerPeriod,
        long peakPerPeriod, @Nullable Instant peakPeriodStart, int floodThreshold, long floodPeriods,
        double floodShare, List<FrequentAlarm> mostFrequent, double mostFrequentShare, long chatteringAlarms,
        long standingAlarms, long acknowledgements, @Nullable Double meanSecondsToAcknowledge, long returns,
        @Nullable Double meanSecondsToReturn, List<EnterpriseAlarms> enterprises) {

    /** One of the most frequent alarms: its originator and type, and how many of the annunciations were it. */
    record FrequentAlarm(OriginatorType originatorType, UUID originatorId, String label, AlarmType type,
            long annunciations, double share) {
    }

    /** One enterprise's annunciations in the range, and its open, unacknowledged and standing alarms now. */
    record EnterpriseAlarms(UUID enterpriseId, @Nullable String enterpriseName, long annunciations, long open,
            long unacknowledged, long standing) {
    }
}
