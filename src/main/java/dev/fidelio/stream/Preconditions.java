package dev.fidelio.stream;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/** The conditional request headers of RFC 9110 §13 that matter for serving files. */
final class Preconditions {

    private Preconditions() {
    }

    /** If-None-Match (weak comparison) or, without it, If-Modified-Since: true when the client's copy is current. */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, ServedFile file) {
        return notModified(ifNoneMatch, ifModifiedSince, file.entityTag(), file.modified());
    }

    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String entityTag, Instant modified) {
        if (ifNoneMatch != null) {
            return ifNoneMatch.strip().equals("*") || Arrays.stream(ifNoneMatch.split(","))
                    .map(tag -> tag.strip().replaceFirst("^W/", "")).anyMatch(entityTag::equals);
        }
        Instant since = httpDate(ifModifiedSince);
        return since != null && !modified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
    }

    /** If-Range: a Range applies only when the validator still names this file (strong comparison for tags). */
    static boolean rangeStillValid(String ifRange, ServedFile file) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"")) {
            return value.equals(file.entityTag());
        }
        Instant date = httpDate(value);
        return date != null && date.equals(file.modified().truncatedTo(ChronoUnit.SECONDS));
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(java.time.ZoneOffset.UTC));
    }

    private static Instant httpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null; // an unreadable date is as if absent
        }
    }
}
