package dev.fidelio.index.rules;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Turns the many date spellings in tags into an ISO-8601 prefix ("1999", "1999-03", "1999-03-21"). A value no
 * pattern matches, or whose year is outside the range, is no date; an impossible month or day is dropped, keeping
 * what is valid ("1999-00-00" → "1999").
 */
final class DateNormalizer {

    private final List<NamedPattern> patterns;
    private final int minYear;
    private final int maxYear;

    DateNormalizer(List<NamedPattern> patterns, int minYear, int maxYear) {
        this.patterns = List.copyOf(patterns);
        this.minYear = minYear;
        this.maxYear = maxYear;
    }

    String normalize(String value) {
        for (NamedPattern datePattern : patterns) {
            Matcher m = datePattern.pattern().matcher(value);
            if (m.matches()) {
                return format(number(m.group("year")), group(m, datePattern, "month"), group(m, datePattern, "day"));
            }
        }
        return null;
    }

    private String format(Integer year, Integer month, Integer day) {
        if (year == null || year < minYear || year > maxYear) {
            return null;
        }
        if (month == null || month < 1 || month > 12) {
            return padded(year, 4);
        }
        if (day == null || !YearMonth.of(year, month).isValidDay(day)) {
            return padded(year, 4) + "-" + padded(month, 2);
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2);
    }

    /** As {@code String.format("%0<width>d")}, which costs more than the rest of a file's tags put together. */
    private static String padded(int value, int width) {
        if (value < 0) {
            return String.format("%0" + width + "d", value);
        }
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static Integer group(Matcher m, NamedPattern datePattern, String group) {
        return datePattern.hasGroup(group) ? number(m.group(group)) : null;
    }

    private static Integer number(String digits) {
        if (digits == null || digits.length() > 9) {
            return null;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
