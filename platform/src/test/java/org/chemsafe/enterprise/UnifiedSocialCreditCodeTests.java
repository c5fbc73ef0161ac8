package org.chemsafe.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** GB 32100-2015 check character (clause 5.3). */
class UnifiedSocialCreditCodeTests {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    void acceptsCodesWithTheRightCheckCharacter() {
        // the demo enterprises: check characters computed with the clause 5.3 formula
        assertThat(UnifiedSocialCreditCode.isValid("91370406MA3CDM0014")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("91370406MA3CDM0027")).isTrue();
        assertThat(UnifiedSocialCreditCode.isValid("91370406MA3CDM003A")).isTrue();
    }

    @Test
    void refusesWrongCheckCharactersLengthsAndCharacters() {
        assertThat(UnifiedSocialCreditCode.isValid("91370406MA3CDM0015")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91370406MA3CDM001")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91370406MA3CDM00144")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91370406MA3CDI0014")).as("I is not in the code set").isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91370406ma3cdm0014")).as("lower case").isFalse();
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    }

    @Test
    void aCheckOf31IsWrittenAsZero() {
        // 17 zeros: Σ = 0 → 31 - 0 = 31 → '0'
        assertThat(UnifiedSocialCreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }

    @Property
    void everyBodyWithItsComputedCheckIsValid(@ForAll("bodies") String body) {
        assertThat(UnifiedSocialCreditCode.isValid(body + UnifiedSocialCreditCode.checkCharacter(body))).isTrue();
    }

    @Property
    void anySingleChangedCharacterIsDetected(@ForAll("bodies") String body, @ForAll @IntRange(max = 17) int position,
            @ForAll @IntRange(min = 1, max = 30) int shift) {
        String code = body + UnifiedSocialCreditCode.checkCharacter(body);
        char changed = CHARSET.charAt((CHARSET.indexOf(code.charAt(position)) + shift) % CHARSET.length());
        String altered = code.substring(0, position) + changed + code.substring(position + 1);
        assertThat(UnifiedSocialCreditCode.isValid(altered)).isFalse();
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars(CHARSET.toCharArray()).ofLength(17);
    }
}
