package org.chemsafe.enterprise.internal.chemical;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.chemsafe.support.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every start brings the reference rows in line with Table 1 on the classpath, and leaves right rows alone. The row
 * rows touched here, 磷化氢 (row 9) and 硫化氢 (row 10), are ones no other test or the demo data uses.
 */
@PlatformTest
class ReferenceCatalogueSeederTests {

    @Autowired
    ReferenceCatalogueSeeder seeder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCorrectedTableReachesAnExistingDatabase() {
        String before = idOfRow(9);
        jdbc.sql("update chemical set name = '磷化氢（旧）', critical_tonnes = 50, cas_numbers = '{}', updated_at = now() - interval '1 day' where gb18218_seq = 9")
                .update();
        jdbc.sql("update chemical set updated_at = now() - interval '1 day' where gb18218_seq = 10").update();

        seeder.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select name from chemical where gb18218_seq = 9").query(String.class).single())
                .isEqualTo("磷化氢");
        assertThat(jdbc.sql("select critical_tonnes from chemical where gb18218_seq = 9").query(BigDecimal.class)
                .single()).isEqualByComparingTo("1");
        assertThat(jdbc.sql("select cas_numbers from chemical where gb18218_seq = 9").query(String.class).single())
                .isEqualTo("{7803-51-2}");
        assertThat(idOfRow(9)).as("the row keeps its id, so links to it stay").isEqualTo(before);
        assertThat(jdbc.sql("select updated_at < now() - interval '1 hour' from chemical where gb18218_seq = 10")
                .query(Boolean.class).single()).as("a right row is left untouched").isTrue();
        assertThat(jdbc.sql("select count(*) from chemical where enterprise_id is null").query(Long.class).single())
                .isEqualTo(85);
    }

    private String idOfRow(int seq) {
        return jdbc.sql("select id::text from chemical where gb18218_seq = :seq").param("seq", seq)
                .query(String.class).single();
    }
}
