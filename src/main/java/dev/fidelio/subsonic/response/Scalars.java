package dev.fidelio.subsonic.response;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/** Single values as text, the same in both formats. */
final class Scalars {

    /** ISO 8601 in UTC to the millisecond: what xs:dateTime and the OpenSubsonic docs expect, and sortable as text. */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Scalars() {
    }

    static String text(Object value) {
        if (!RecordShape.isScalar(value.getClass())) {
            throw new IllegalArgumentException("Subsonic responses are made of records, lists and single values, not "
                    + value.getClass().getName());
        }
        if (value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return INSTANT.format((TemporalAccessor) value);
        }
        return value.toString();
    }

    /** The text with what XML 1.0 cannot carry (control characters, lone surrogates) replaced by U+FFFD. */
    static String xmlSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!allowedInXml(text, i)) {
                return replace(text, true);
            }
        }
        return text;
    }

    /** The text with lone surrogates, which no UTF-8 output can carry, replaced by U+FFFD. */
    static String jsonSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (loneSurrogate(text, i)) {
                return replace(text, false);
            }
        }
        return text;
    }

    private static String replace(String text, boolean xml) {
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = xml ? allowedInXml(text, i) : !loneSurrogate(text, i);
            if (!ok) {
                clean.append('\uFFFD');
            } else if (Character.isHighSurrogate(c)) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    private static boolean allowedInXml(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return c != 0xFFFE && c != 0xFFFF && !loneSurrogate(text, i);
    }

    /** A surrogate not part of a pair; the low half of a well-formed pair counts as part of its high half. */
    private static boolean loneSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
