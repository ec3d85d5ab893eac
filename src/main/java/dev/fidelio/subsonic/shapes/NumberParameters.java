package dev.fidelio.subsonic.shapes;

import java.util.Optional;

import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;

/** Whole-number parameters: counts, offsets, years, times. */
public final class NumberParameters {

    private NumberParameters() {
    }

    public static Optional<Long> optional(SubsonicRequest request, String name) {
        return request.optional(name).map(value -> {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw SubsonicException.invalid(name, "must be a whole number, not '" + SubsonicRequest.shortened(value) + "'.");
            }
        });
    }

    /** A whole number from {@code min} to {@code max}; outside them it is refused. */
    public static Optional<Integer> between(SubsonicRequest request, String name, int min, int max) {
        return optional(request, name).map(value -> {
            if (value < min || value > max) {
                throw SubsonicException.invalid(name, "must be from " + min + " to " + max + ", not " + value + ".");
            }
            return value.intValue();
        });
    }

    /** How many items to return: {@code fallback} when not given, at most {@code max} (more is served as {@code max}). */
    public static int count(SubsonicRequest request, String name, int fallback, int max) {
        return (int) Math.min(max, optional(request, name).map(value -> {
            if (value < 0) {
                throw SubsonicException.invalid(name, "cannot be negative (" + value + ").");
            }
            return value;
        }).orElse((long) fallback));
    }

    /** How many items to skip: 0 when not given. */
    public static int offset(SubsonicRequest request, String name) {
        return between(request, name, 0, Integer.MAX_VALUE).orElse(0);
    }
}
