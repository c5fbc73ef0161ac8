package org.chemsafe.majorhazard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

import org.chemsafe.majorhazard.HazardCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference data loads with the standard's shape, and a broken file stops the start with the file named. */
class Gb18218TablesLoaderTests {

    @Test
    void loadsTheTablesOfTheStandard() {
        Gb18218Tables tables = Gb18218TablesLoader.load();

        assertThat(tables.table1().rows()).hasSize(85);
        assertThat(tables.table2()).hasSize(24).containsKeys(HazardCategory.values());
        assertThat(tables.table3()).hasSize(14);
        assertThat(tables.table4()).hasSize(24);
        assertThat(tables.table5()).hasSize(5);
        assertThat(tables.table1().row(52).orElseThrow().casNumbers())
                .containsExactly("68476-85-7", "74-98-6", "106-97-8");
        assertThat(tables.table1().row(49).orElseThrow().otherNames()).containsExactly("甲烷", "天然气");
        assertThat(tables.table1().row(21).orElseThrow().name()).isEqualTo("1-氯-2,3-环氧丙烷");
        assertThat(tables.table2().get(HazardCategory.W5_4)).isEqualByComparingTo("5000");
        assertThat(tables.table4().get(HazardCategory.W2)).isEqualByComparingTo("1.5");
        assertThat(tables.table3()).filteredOn(gas -> gas.name().equals("一氧化碳"))
                .singleElement().extracting(ToxicGasBeta::table1Row).isNull();
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "gb18218_table1.csv | '85,钠,金属钠,7440-23-5,10' | ''",
            "gb18218_table1.csv | 7782-50-5 | 7782-50-4",
            "gb18218_table1.csv | '12,氯,液氯;氯气,7782-50-5,5' | '12,氯,液氯;氯气,7782-50-5,0'",
            "gb18218_table1.csv | '13,煤' | '14,煤'",
            "gb18218_table2.csv | 'W11,遇水放出易燃气体的物质和混合物：类别1和类别2,200' | ''",
            "gb18218_table2.csv | W10, | W9.2,",
            "gb18218_beta.csv | 'W2,1.5' | 'W2.1,1.5'",
            "gb18218_beta.csv | '氯,4' | '氯气,4'",
            "gb18218_table3_rows.csv | '氯,12' | '氯,86'",
            "gb18218_alpha.csv | '30,49,1.2' | '31,49,1.2'",
            "gb18218_alpha.csv | '50,99,1.5' | '50,99,0.9'",
            "gb18218_alpha.csv | '100,,2.0' | '100,200,2.0'" })
    void refusesBrokenReferenceData(String file, String original, String broken) {
        assertThatIllegalStateException()
                .isThrownBy(() -> Gb18218TablesLoader.parse(withChange(file, original, broken)))
                .withMessageContaining(file);
    }

    /** The shipped files, with one text replaced in one of them. */
    private static UnaryOperator<String> withChange(String changedFile, String original, String broken) {
        return file -> {
            String text = read(file);
            if (!file.equals(changedFile)) {
                return text;
            }
            assertThat(text).as("the test changes text that is there").contains(original);
            return text.replace(original, broken);
        };
    }

    private static String read(String file) {
        try (InputStream in = Gb18218TablesLoaderTests.class.getClassLoader()
                .getResourceAsStream(Gb18218TablesLoader.DIRECTORY + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
