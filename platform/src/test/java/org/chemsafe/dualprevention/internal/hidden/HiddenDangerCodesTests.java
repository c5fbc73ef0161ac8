package org.chemsafe.dualprevention.internal.hidden;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The national code lists of domain file §3, both ends of each range and one past them. */
class HiddenDangerCodesTests {

    final HiddenDangerCodes codes = new HiddenDangerCodes();

    @Test
    void sourcesAreOneToTen() {
        assertThat(codes.isSource(1)).isTrue();
        assertThat(codes.isSource(10)).isTrue();
        assertThat(codes.isSource(0)).isFalse();
        assertThat(codes.isSource(11)).isFalse();
    }

    @Test
    void professionalTypesAreOneToEight() {
        assertThat(codes.isType(1)).isTrue();
        assertThat(codes.isType(8)).isTrue();
        assertThat(codes.isType(0)).isFalse();
        assertThat(codes.isType(9)).isFalse();
    }
}
