package org.chemsafe.enterprise;

import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from the code set
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, Z, S, V), the last one a check character.
 */
public record UnifiedSocialCreditCode(String value) {

    // GB 32100-2015, 4.2 and Table 1: the 31 characters of the code set, each worth its index.
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    // GB 32100-2015, 5.3: weights W_i = 3^(i-1) mod 31 of positions 1-17.
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid unified social credit code: " + value);
        }
    }

    public static Optional<UnifiedSocialCreditCode> parse(String text) {
        return isValid(text) ? Optional.of(new UnifiedSocialCreditCode(text)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        if (text == null || text.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(text.substring(0, 17)) == text.charAt(17);
    }

    /**
     * GB 32100-2015, 5.3: C18 = 31 - MOD(Σ Ci·Wi, 31); a result of 31 is written as 0.
     */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    @Override
    public String toString() {
        return value;
    }
}
