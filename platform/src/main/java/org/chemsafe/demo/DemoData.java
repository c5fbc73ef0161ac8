package org.chemsafe.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.chemsafe.enterprise.EnterpriseDirectory;
import org.chemsafe.enterprise.EnterpriseKind;
import org.chemsafe.enterprise.EnterpriseRegistry;
import org.chemsafe.enterprise.NewEnterprise;
import org.chemsafe.enterprise.RegionLevel;
import org.chemsafe.identity.NewUser;
import org.chemsafe.identity.UserProvisioning;
import org.chemsafe.shared.DataScope;
import org.chemsafe.shared.db.EmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds an empty database with demo data when enabled. The regions are real (GB/T 2260 codes for province, city and
 * district); the enterprises, their locations and people are fictional. Every demo user's password is {@value #PASSWORD}.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Demo2026!";
    static final String SHANDONG = "370000";
    static final String ZAOZHUANG = "370400";
    static final String SHANTING = "370406";
    static final String XIJI = "370406102";
    static final String SHANCHENG = "370406001";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    // Towns and subdistricts of 山亭区; nine-digit codes are the district code plus a three-digit sequence.
    private static final List<String[]> SHANTING_TOWNS = List.of(
            new String[] {SHANCHENG, "山城街道"}, new String[] {"370406101", "店子镇"},
            new String[] {XIJI, "西集镇"}, new String[] {"370406103", "桑村镇"},
            new String[] {"370406104", "北庄镇"}, new String[] {"370406105", "城头镇"},
            new String[] {"370406106", "徐庄镇"}, new String[] {"370406107", "水泉镇"},
            new String[] {"370406108", "冯卯镇"}, new String[] {"370406109", "凫城镇"});

    private final DemoSettings settings;
    private final boolean embeddedDatabase;
    private final EnterpriseDirectory directory;
    private final EnterpriseRegistry registry;
    private final UserProvisioning users;
    private final DemoMajorHazards majorHazards;
    private final DemoMonitoring monitoring;

    DemoData(DemoSettings settings, ObjectProvider<EmbeddedDatabase> embeddedDatabase, EnterpriseDirectory directory,
            EnterpriseRegistry registry, UserProvisioning users, DemoMajorHazards majorHazards,
            DemoMonitoring monitoring) {
        this.settings = settings;
        this.embeddedDatabase = embeddedDatabase.getIfAvailable() != null;
        this.directory = directory;
        this.registry = registry;
        this.users = users;
        this.majorHazards = majorHazards;
        this.monitoring = monitoring;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!settings.enabledFor(embeddedDatabase) || directory.findRegion(SHANDONG).isPresent()) {
            return;
        }
        registry.registerRegion(SHANDONG, "山东省", RegionLevel.PROVINCE, null);
        registry.registerRegion(ZAOZHUANG, "枣庄市", RegionLevel.CITY, SHANDONG);
        registry.registerRegion(SHANTING, "山亭区", RegionLevel.DISTRICT, ZAOZHUANG);
        SHANTING_TOWNS.forEach(town -> registry.registerRegion(town[0], town[1], RegionLevel.TOWN, SHANTING));

        UUID chemicals = registry.registerEnterprise(new NewEnterprise("枣庄示范化工有限公司",
                DemoEnterprises.CHEMICALS_CREDIT_CODE,
                List.of(EnterpriseKind.PRODUCTION), XIJI, "山亭区西集镇化工园区纬一路8号", new BigDecimal("117.402100"),
                new BigDecimal("35.155300")));
        UUID storage = registry.registerEnterprise(new NewEnterprise("枣庄示范储运有限公司",
                DemoEnterprises.STORAGE_CREDIT_CODE,
                List.of(EnterpriseKind.STORAGE_TRADING), XIJI, "山亭区西集镇物流园经二路16号", new BigDecimal("117.418600"),
                new BigDecimal("35.148200")));
        UUID station = registry.registerEnterprise(new NewEnterprise("山亭示范加油站", "91370406MA3CDM003A",
                List.of(EnterpriseKind.GAS_STATION), SHANCHENG, "山亭区山城街道府前路99号", new BigDecimal("117.461700"),
                new BigDecimal("35.099500")));

        user("platform", "赵平台", "PLATFORM_ADMIN", DataScope.platform());
        user("district", "钱监管", "REGION_SUPERVISOR", DataScope.region(SHANTING));
        user("town", "孙镇安", "REGION_SUPERVISOR", DataScope.region(XIJI));
        UUID principal = user("principal", "李主任", "ENTERPRISE_PRINCIPAL", DataScope.enterprise(chemicals));
        UUID safety = user("safety", "周安全", "SAFETY_MANAGER", DataScope.enterprise(chemicals));
        UUID shiftLeader = user("shiftlead", "吴班长", "SHIFT_LEADER", DataScope.enterprise(chemicals));
        user("operator", "郑操作", "OPERATOR", DataScope.enterprise(chemicals));
        user("contractor", "王承包", "CONTRACTOR", DataScope.enterprise(chemicals));
        UUID storagePrincipal = user("storage.principal", "褚经理", "ENTERPRISE_PRINCIPAL",
                DataScope.enterprise(storage));
        UUID storageSafety = user("storage.safety", "冯储运", "SAFETY_MANAGER", DataScope.enterprise(storage));
        UUID storageShiftLeader = user("storage.shiftlead", "蒋班长", "SHIFT_LEADER", DataScope.enterprise(storage));
        user("station.safety", "陈站长", "SAFETY_MANAGER", DataScope.enterprise(station));

        majorHazards.seed(new DemoMajorHazards.Chemicals(chemicals, principal, safety, shiftLeader),
                new DemoMajorHazards.Storage(storage, storagePrincipal, storageSafety, storageShiftLeader));
        monitoring.seed(chemicals, storage);
        log.info("Demo data created: 山东省 → 枣庄市 → 山亭区, 3 enterprises, 12 users (password {}), "
                + "units and major hazard sources of levels 1 to 4, monitoring points", PASSWORD);
    }

    private UUID user(String username, String displayName, String role, DataScope scope) {
        return users.provision(new NewUser(username, displayName, "0632-8000000", PASSWORD, Set.of(role), scope));
    }
}
