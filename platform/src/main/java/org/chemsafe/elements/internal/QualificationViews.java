package org.chemsafe.elements.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.chemsafe.shared.calendar.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * Qualifications as the API shows them, with their state today in the platform's zone: EXPIRED after their last
 * valid day, EXPIRING within {@link #WARNING_DAYS} days of it (the list that tells a manager whom to send for renewal).
 */
@Component
class QualificationViews {

    /** Certificates expiring within this many days are listed as expiring (the 30 days). */
    static final int WARNING_DAYS = 30;

    private final WorkCalendar calendar;
    private final Clock clock;

    QualificationViews(WorkCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return clock.instant().atZone(calendar.zone()).toLocalDate();
    }

    QualificationView of(QualificationRepository.Row row) {
        Qualification q = row.qualification();
        LocalDate today = today();
        QualificationView.State state = q.validUntil().isBefore(today) ? QualificationView.State.EXPIRED
                : q.validUntil().isAfter(today.plusDays(WARNING_DAYS)) ? QualificationView.State.VALID
                : QualificationView.State.EXPIRING;
        return new QualificationView(q.id(), q.enterpriseId(), q.personId(), row.personName(), q.kind(),
                q.kind().category(), q.number(), q.issuer(), q.issuedOn(), q.validUntil(), state,
                q.scanType() != null, q.updatedAt());
    }
}
