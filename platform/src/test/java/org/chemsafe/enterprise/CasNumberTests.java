package org.chemsafe.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.chemsafe.support.PropertyRunner.forAll;

import org.chemsafe.support.SeededRandom;
import org.junit.jupiter.api.Test;

/** CAS registry numbers: the shape nnnnnnn-nn-n and the check digit. */
class CasNumberTests {

    @Test
    void acceptsRealCasNumbers() {
        assertThat(CasNumber.isValid("7782-50-5")).as("chlorine").isTrue();
        assertThat(CasNumber.isValid("7664-41-7")).as("ammonia").isTrue();
        assertThat(CasNumber.isValid("67-56-1")).as("methanol").isTrue();
        assertThat(CasNumber.isValid("9004-70-0")).as("nitrocellulose, check digit 0").isTrue();
        assertThat(CasNumber.isValid("68476-85-7")).as("liquefied petroleum gas").isTrue();
        assertThat(CasNumber.isValid("12185-10-3")).as("white phosphorus").isTrue();
    }

    @Test
    void refusesWrongCheckDigits() {
        assertThat(CasNumber.isValid("7782-50-4")).isFalse();
        assertThat(CasNumber.isValid("7664-41-8")).isFalse();
        assertThat(CasNumber.isValid("67-56-0")).isFalse();
        assertThat(CasNumber.isValid("7782-05-5")).as("swapped digits").isFalse();
        assertThat(CasNumber.hasValidFormat("7782-50-4")).as("the shape is fine").isTrue();
    }

    @Test
    void refusesOtherShapes() {
        for (String text : new String[] {"", "7782505", "7-50-5", "12345678-50-5", "7782-5-5", "7782-500-5",
                "7782-50-55", "7782_50_5", " 7782-50-5", "７７８２-50-5", "CAS 7782-50-5"}) {
            assertThat(CasNumber.hasValidFormat(text)).as(text).isFalse();
            assertThat(CasNumber.isValid(text)).as(text).isFalse();
        }
    }

    @Test
    void parsesTextAroundANumber() {
        assertThat(CasNumber.parse(" 7782-50-5 ")).isEqualTo(new CasNumber("7782-50-5"));
        assertThat(CasNumber.parse("67-56-1")).hasToString("67-56-1");
        assertThatIllegalArgumentException().isThrownBy(() -> CasNumber.parse("67-56-2"));
        assertThatIllegalArgumentException().isThrownBy(() -> new CasNumber("chlorine"));
    }

    @Test
    void computesTheCheckDigit() {
        // 7782-50-5: 0×1 + 5×2 + 2×3 + 8×4 + 7×5 + 7×6 = 125 → 5
        assertThat(CasNumber.checkDigit("778250")).isEqualTo(5);
        assertThat(CasNumber.checkDigit("766441")).isEqualTo(7);
    }

    @Test
    void aNumberWithItsComputedCheckDigitIsValid() {
        forAll(random -> {
            String digits = registryDigits(random);
            String cas = number(digits, CasNumber.checkDigit(digits));
            assertThat(CasNumber.isValid(cas)).as(cas).isTrue();
            assertThat(CasNumber.parse(cas).value()).isEqualTo(cas);
        });
    }

    @Test
    void anyOtherCheckDigitIsRefused() {
        forAll(random -> {
            String digits = registryDigits(random);
            int offset = random.intBetween(1, 9);
            String cas = number(digits, (CasNumber.checkDigit(digits) + offset) % 10);
            assertThat(CasNumber.hasValidFormat(cas)).as(cas).isTrue();
            assertThat(CasNumber.isValid(cas)).as(cas).isFalse();
        });
    }

    @Test
    void aChangeOfTheDigitNextToTheCheckDigitIsCaught() {
        forAll(random -> {
            String digits = registryDigits(random);
            int offset = random.intBetween(1, 9);
            int last = Character.digit(digits.charAt(digits.length() - 1), 10);
            String changed = digits.substring(0, digits.length() - 1) + (last + offset) % 10;
            String cas = number(changed, CasNumber.checkDigit(digits));
            assertThat(CasNumber.isValid(cas)).as(cas).isFalse();
        });
    }

    /** 4 to 9 digits: a first part of 2–7 digits and the 2 middle digits. */
    private static String registryDigits(SeededRandom random) {
        return random.string("0123456789", random.intBetween(4, 9));
    }

    private static String number(String digits, int checkDigit) {
        return digits.substring(0, digits.length() - 2) + "-" + digits.substring(digits.length() - 2) + "-"
                + checkDigit;
    }
}
