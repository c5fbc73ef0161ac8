package org.chemsafe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Completed event publications are deleted (spring.modulith.events.completion-mode=delete): the registry keeps only
 * what still has to be delivered, however many events the platform has handled.
 */
@PlatformTest
class EventPublicationPolicyTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void completedPublicationsLeaveNoRows() {
        assertThat(jdbc.sql("select count(*) from unit_assessment").query(Long.class).single())
                .as("the demo data's inventory events were handled").isPositive();
        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is not null")
                .query(Long.class).single()).isZero();
    }
}
