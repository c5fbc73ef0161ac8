package org.chemsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The caller's scope is resolved once per request, not once per statement. */
@PlatformTest
class ScopedJdbcTests {

    private static final String COUNT = "select count(*) from hazard_unit u where @scope(u.enterprise_id)";

    @Autowired
    JdbcClient jdbc;

    final AtomicInteger resolutions = new AtomicInteger();
    final UUID enterprise = UUID.randomUUID();
    final ScopeResolver counting = scope -> {
        resolutions.incrementAndGet();
        return EnterpriseFilter.only(Set.of(enterprise));
    };

    @AfterEach
    void noRequestScope() {
        RequestScope.clear();
    }

    @Test
    void theRequestsResolvedScopeServesEveryStatement() {
        DataScope region = DataScope.region("370406");
        RequestScope.set(region, EnterpriseFilter.only(Set.of(enterprise)));
        ScopedJdbc scoped = new ScopedJdbc(jdbc, counting);
        scoped.sql(region, COUNT).query(Long.class).single();
        scoped.page(region, new ScopedJdbc.Page("select u.id from hazard_unit u", "hazard_unit u",
                "@scope(u.enterprise_id)", "u.id"), Map.of(), (rs, n) -> rs.getString(1), PageQuery.of(0, 5));
        assertThat(resolutions).hasValue(0);
    }

    @Test
    void anotherScopeOrNoRequestIsResolvedPerStatement() {
        ScopedJdbc scoped = new ScopedJdbc(jdbc, counting);
        scoped.sql(DataScope.region("370406"), COUNT).query(Long.class).single();
        RequestScope.set(DataScope.region("370406102"), EnterpriseFilter.only(Set.of()));
        scoped.sql(DataScope.region("370406"), COUNT).query(Long.class).single();
        assertThat(resolutions).hasValue(2);
    }
}
