package org.chemsafe.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chemsafe.support.PropertyRunner.forAll;

import org.chemsafe.support.SeededRandom;
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

    @Test
    void everyBodyWithItsComputedCheckIsValid() {
        forAll(random -> {
            String body = body(random);
            assertThat(UnifiedSocialCreditCode.isValid(body + UnifiedSocialCreditCode.checkCharacter(body))).as(body)
                    .isTrue();
        });
    }

    @Test
    void anySingleChangedCharacterIsDetected() {
        forAll(random -> {
            String body = body(random);
            int position = random.intBetween(0, 17);
            int shift = random.intBetween(1, 30);
            String code = body + UnifiedSocialCreditCode.checkCharacter(body);
            char changed = CHARSET.charAt((CHARSET.indexOf(code.charAt(position)) + shift) % CHARSET.length());
            String altered = code.substring(0, position) + changed + code.substring(position + 1);
            assertThat(UnifiedSocialCreditCode.isValid(altered)).as(altered).isFalse();
        });
    }

    private static String body(SeededRandom random) {
        return random.string(CHARSET, 17);
    }
}
