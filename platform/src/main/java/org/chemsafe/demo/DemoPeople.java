package org.chemsafe.demo;

import java.time.LocalDate;
import java.util.UUID;

import org.chemsafe.elements.ElementsSetup;
import org.chemsafe.elements.QualificationKind;
import org.springframework.stereotype.Component;

/**
 * The people of each demo enterprise a permit names: two trained guardians (one whose training runs out within 30
 * days, so the expiring list has a row), a certified welder, an electrician and a crane operator, and a worker whose
 * welding certificate has expired, so a hot-work application naming him is refused.
 */
@Component
class DemoPeople {

    private static final String ISSUER = "济南市应急管理局";

    private final ElementsSetup setup;

    DemoPeople(ElementsSetup setup) {
        this.setup = setup;
    }

    void seed(UUID enterpriseId, LocalDate today) {
        qualified(enterpriseId, "张监护", "A001", "安全环保部", QualificationKind.GUARDIAN_TRAINING, "JH-2026-001",
                today.plusYears(2));
        qualified(enterpriseId, "刘监护", "A002", "生产车间", QualificationKind.GUARDIAN_TRAINING, "JH-2025-017",
                today.plusDays(20));
        qualified(enterpriseId, "王焊工", "M101", "维修车间", QualificationKind.WELDING_CUTTING, "T370102198001010011",
                today.plusYears(3));
        qualified(enterpriseId, "李电工", "M102", "维修车间", QualificationKind.ELECTRICIAN, "T370102198502020022",
                today.plusYears(4));
        qualified(enterpriseId, "赵司机", "M103", "储运车间", QualificationKind.CRANE_OPERATOR, "Q2-3701-0033",
                today.plusYears(2));
        qualified(enterpriseId, "孙焊工", "M104", "维修车间", QualificationKind.WELDING_CUTTING, "T370102199003030044",
                today.minusDays(12));
    }

    private void qualified(UUID enterpriseId, String name, String employeeNo, String department,
            QualificationKind kind, String number, LocalDate validUntil) {
        UUID person = setup.addPerson(enterpriseId, name, employeeNo, department);
        setup.addQualification(enterpriseId, person, kind, number, ISSUER, validUntil);
    }
}
