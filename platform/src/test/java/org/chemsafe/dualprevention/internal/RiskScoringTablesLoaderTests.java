package org.chemsafe.dualprevention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.chemsafe.dualprevention.RiskMethod;
import org.chemsafe.shared.ReferenceCsv;
import org.junit.jupiter.api.Test;

/** Broken scoring tables or bands stop the start with the file and line; the shipped files load. */
class RiskScoringTablesLoaderTests {

    private static final String LS_FACTORS = """
            method,factor,value,meaning
            LS,L,2,b
            LS,L,1,a
            LS,S,1,a
            """;
    private static final String LS_BANDS = """
            method,level,lower_bound,lower_inclusive
            LS,MAJOR,20,true
            LS,HIGH,10,true
            LS,MEDIUM,4,true
            LS,LOW,,
            """;

    @Test
    void theShippedTablesLoad() {
        assertThat(RiskScoringTablesLoader.load()).containsOnlyKeys(RiskMethod.values());
    }

    @Test
    void aMethodWithoutTablesIsRefused() {
        assertThatThrownBy(() -> parse(LS_FACTORS, LS_BANDS)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LEC needs values for exactly the factors");
    }

    @Test
    void aValueListedTwiceIsRefused() {
        assertThatThrownBy(() -> parse(LS_FACTORS + "LS,L,2.0,again\n", LS_BANDS))
                .hasMessageContaining("line 5").hasMessageContaining("twice");
    }

    @Test
    void aFactorTheMethodDoesNotUseIsRefused() {
        assertThatThrownBy(() -> parse(shippedFactors().replace("LS,S,1,", "LS,C,1,"), shippedBands()))
                .hasMessageContaining("LS needs values for exactly the factors [L, S]");
    }

    @Test
    void bandsOutOfOrderOrWithoutABoundAreRefused() {
        String shipped = shippedFactors();
        assertThatThrownBy(() -> parse(shipped, shippedBands().replace("LS,HIGH,10,true", "LS,HIGH,20,true")))
                .hasMessageContaining("LS").hasMessageContaining("fall");
        assertThatThrownBy(() -> parse(shipped, shippedBands().replace("LS,HIGH,10,true", "LS,HIGH,,")))
                .hasMessageContaining("lower bound");
        assertThatThrownBy(() -> parse(shipped, shippedBands().replace("LS,HIGH,10,true", "LS,HIGH,10,yes")))
                .hasMessageContaining("lower_inclusive");
        assertThatThrownBy(() -> parse(shipped, shippedBands().replace("LS,LOW,,", "LS,LOWEST,,")))
                .hasMessageContaining("level is not one of");
    }

    private static void parse(String factors, String bands) {
        RiskScoringTablesLoader.parse(
                ReferenceCsv.parse("factors.csv", factors, RiskScoringTablesLoader.FACTORS_HEADER),
                ReferenceCsv.parse("bands.csv", bands, RiskScoringTablesLoader.BANDS_HEADER));
    }

    private static String shippedFactors() {
        return text(RiskScoringTablesLoader.FACTORS);
    }

    private static String shippedBands() {
        return text(RiskScoringTablesLoader.BANDS);
    }

    private static String text(String resource) {
        try (InputStream in = Objects.requireNonNull(
                RiskScoringTablesLoaderTests.class.getClassLoader().getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
