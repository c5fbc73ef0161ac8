package org.chemsafe.enterprise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CAS registry number such as {@code 7782-50-5} (chlorine): 2–7 digits, 2 digits and a check digit. The check
 * digit is the sum of every other digit times its position counted from the right (1 for the digit left of the
 * check digit), mod 10.
 */
public record CasNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2,7})-(\\d{2})-(\\d)");

    public CasNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a CAS number with a right check digit: " + value);
        }
    }

    /** The CAS number in the text (surrounding blanks ignored); an {@link IllegalArgumentException} if none. */
    public static CasNumber parse(String text) {
        return new CasNumber(text.strip());
    }

    /** Whether the text has the shape {@code nnnnnnn-nn-n}, whatever its check digit. */
    public static boolean hasValidFormat(String text) {
        return FORMAT.matcher(text).matches();
    }

    /** Whether the text has the shape {@code nnnnnnn-nn-n} and the right check digit. */
    public static boolean isValid(String text) {
        Matcher matcher = FORMAT.matcher(text);
        return matcher.matches()
                && checkDigit(matcher.group(1) + matcher.group(2)) == Character.digit(matcher.group(3).charAt(0), 10);
    }

    /** The check digit of a registry number's digits without it, e.g. {@code "778250"} → 5. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int position = 1; position <= digits.length(); position++) {
            sum += Character.digit(digits.charAt(digits.length() - position), 10) * position;
        }
        return sum % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
