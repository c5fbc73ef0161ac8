package org.chemsafe.permit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.chemsafe.elements.QualificationKind;
import org.chemsafe.elements.QualifiedPerson;
import org.chemsafe.elements.Qualifications;
import org.chemsafe.permit.WorkType;
import org.chemsafe.shared.calendar.WorkCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The people a permit names, from the enterprise's register of people (module {@code elements}), checked against
 * their qualifications on the permit's last planned day:
 * <ul>
 * <li>4.10: the guardian is trained and examined: a guardian training record valid through the planned end;</li>
 * <li>the workers of the types whose Appendix A form records a certificate hold it, valid through the planned end:
 * hot work 焊接与热切割作业 (A.1, 动火人及证书编号), temporary power 电工作业 (A.6 item 1), lifting 起重机司机 (A.5 item
 * 11).</li>
 * </ul>
 * A person the enterprise has not registered, or has disabled, is a 400 naming the field.
 */
@Component
class PermitCrew {

    /** The certificate each type's workers hold, where Appendix A asks for one. */
    static final Map<WorkType, QualificationKind> WORKER_CERTIFICATES = Map.of(
            WorkType.HOT_WORK, QualificationKind.WELDING_CUTTING,
            WorkType.TEMPORARY_POWER, QualificationKind.ELECTRICIAN,
            WorkType.LIFTING, QualificationKind.CRANE_OPERATOR);

    private static final Map<WorkType, PermitRule> WORKER_RULES = Map.of(
            WorkType.HOT_WORK, PermitRule.HOT_WORKER_UNCERTIFIED,
            WorkType.TEMPORARY_POWER, PermitRule.ELECTRICIAN_UNCERTIFIED,
            WorkType.LIFTING, PermitRule.CRANE_OPERATOR_UNCERTIFIED);

    private final Qualifications qualifications;
    private final RuleFindings findings;
    private final WorkCalendar calendar;

    PermitCrew(Qualifications qualifications, RuleFindings findings, WorkCalendar calendar) {
        this.qualifications = qualifications;
        this.findings = findings;
        this.calendar = calendar;
    }

    /** A worker as the permit records them: with the certificate the type asks for, if it does. */
    record Worker(UUID id, String name, @Nullable String certificateNumber) {
    }

    /** The guardian and workers as the permit records them, and what their qualifications break. */
    record Crew(UUID guardianId, String guardian, List<Worker> workers, List<Finding> findings) {
    }

    Crew of(UUID enterpriseId, WorkType type, UUID guardianId, List<UUID> workerIds, Instant plannedEnd) {
        LocalDate lastDay = plannedEnd.atZone(calendar.zone()).toLocalDate();
        List<Finding> found = new ArrayList<>();
        QualifiedPerson guardian = registered(enterpriseId, guardianId, "guardianId");
        if (guardian.validThrough(QualificationKind.GUARDIAN_TRAINING, lastDay).isEmpty()) {
            found.add(Finding.of(PermitRule.GUARDIAN_UNTRAINED, guardian.name(), lastDay));
        }
        QualificationKind certificate = WORKER_CERTIFICATES.get(type);
        List<Worker> workers = new ArrayList<>();
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(workerIds));
        for (int i = 0; i < distinct.size(); i++) {
            QualifiedPerson worker = registered(enterpriseId, distinct.get(i), "workerIds[" + i + "]");
            String number = null;
            if (certificate != null) {
                QualifiedPerson.Held held = worker.validThrough(certificate, lastDay).orElse(null);
                if (held == null) {
                    found.add(Finding.of(WORKER_RULES.get(type), worker.name(), lastDay));
                } else {
                    number = held.number();
                }
            }
            workers.add(new Worker(worker.id(), worker.name(), number));
        }
        return new Crew(guardian.id(), guardian.name(), workers, found);
    }

    private QualifiedPerson registered(UUID enterpriseId, UUID personId, String field) {
        return qualifications.person(enterpriseId, personId).filter(QualifiedPerson::enabled)
                .orElseThrow(() -> findings.invalid(field, "UnknownPerson", "permit.apply.person-unknown"));
    }
}
