package dev.fidelio.index.rules;

import java.util.regex.Pattern;

/**
 * A position and its total as tags write them: "3", "03", "3/12" (ID3 TRCK, APE Track), "2/4" (ID3 MVIN), and
 * roman numerals for movements ("II"). Numbers outside 1..max are absent.
 */
record NumberPair(Integer number, Integer total) {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");
    private static final Pattern ROMAN = Pattern.compile("[IVXivx]{1,7}");
    private static final String[] TENS = {"", "X", "XX", "XXX"};
    private static final String[] UNITS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    /** The pair, or null when the value holds no valid position. */
    static NumberPair parse(String value, int max) {
        int slash = value.indexOf('/');
        Integer number = number(slash < 0 ? value : value.substring(0, slash), max);
        Integer total = slash < 0 ? null : number(value.substring(slash + 1), max);
        return number == null ? null : new NumberPair(number, total);
    }

    static Integer number(String text, int max) {
        String value = text.strip();
        Integer n = null;
        if (DIGITS.matcher(value).matches()) {
            n = Integer.parseInt(value);
        } else if (ROMAN.matcher(value).matches()) {
            n = roman(value.toUpperCase());
        }
        return n != null && n >= 1 && n <= max ? n : null;
    }

    /** Only well-formed numerals up to XXXIX: the value must read back the same ("IIII" and "VX" are no numbers). */
    private static Integer roman(String numeral) {
        for (int n = 1; n < 40; n++) {
            if ((TENS[n / 10] + UNITS[n % 10]).equals(numeral)) {
                return n;
            }
        }
        return null;
    }
}
