package dev.fidelio.subsonic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import dev.fidelio.subsonic.response.ClientMode;

/** One call of a method as the method sees it: its parameters, checked and typed, its caller, and the client's mode. */
public final class SubsonicRequest {

    private final Parameters parameters;
    private final Caller caller;
    private final ClientMode mode;
    private final UnaryOperator<String> headers;

    SubsonicRequest(Parameters parameters, Caller caller, ClientMode mode, UnaryOperator<String> headers) {
        this.parameters = parameters;
        this.caller = caller;
        this.mode = mode;
        this.headers = headers;
    }

    /** An HTTP header of the request ({@code Range}, {@code If-None-Match}), for methods that send files. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.apply(name));
    }

    /** The name the client gives itself ({@code c}): which of the user's players made the request. */
    public String client() {
        return parameters.first("c");
    }

    /** The authenticated caller; every method but a {@link Access#PUBLIC} one has one. */
    public Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("A public method has no caller");
        }
        return caller;
    }

    /** Whether the client gets OpenSubsonic's fields; the response writer already leaves them out for legacy clients. */
    public ClientMode mode() {
        return mode;
    }

    /** The parameter's (first) value, if given. */
    public Optional<String> optional(String name) {
        return Optional.ofNullable(parameters.first(name));
    }

    /** The parameter's (first) value; a missing or blank one is Subsonic's error 10. */
    public String required(String name) {
        String value = parameters.first(name);
        if (value == null || value.isBlank()) {
            throw SubsonicException.missing(name);
        }
        return value;
    }

    /**
     * A required id: every item here is named by a UUID, so anything else names nothing and is Subsonic's error 70,
     * as for an unknown id.
     */
    public UUID id(String name) {
        return uuidOf(name, required(name));
    }

    /** Every value of a repeated id parameter ({@code songId=…&songId=…}), in order. */
    public List<UUID> ids(String name) {
        return all(name).stream().map(value -> uuidOf(name, value)).toList();
    }

    /** A whole-number parameter from {@code min} to {@code max}, if given. */
    public Optional<Long> number(String name, long min, long max) {
        return optional(name).map(value -> {
            try {
                long number = Long.parseLong(value.strip());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // refused below with the valid range
            }
            throw SubsonicException.invalid(name, "must be a whole number from " + min + " to " + max + ", not '"
                    + shortened(value) + "'.");
        });
    }

    private static UUID uuidOf(String name, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw SubsonicException.notFound("No item with " + name + " '" + shortened(value) + "'.");
        }
    }

    /** Every value of a repeated parameter ({@code id=1&id=2}), in order. */
    public List<String> all(String name) {
        return parameters.all(name);
    }

    /** A {@code true}/{@code false} parameter, if given. */
    public Optional<Boolean> flag(String name) {
        return optional(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw SubsonicException.invalid(name, "must be true or false, not '" + shortened(value) + "'.");
        });
    }

    /** Every value of a repeated whole-number parameter ({@code musicFolderId=1&musicFolderId=2}). */
    public List<Long> longs(String name) {
        List<Long> numbers = new ArrayList<>();
        for (String value : all(name)) {
            try {
                numbers.add(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                throw SubsonicException.invalid(name, "must be a whole number, not '" + shortened(value) + "'.");
            }
        }
        return numbers;
    }

    /** A password parameter, plain or {@code enc:}-hex encoded, decoded. */
    public Optional<String> password(String name) {
        return optional(name).map(sent -> {
            try {
                return EncodedPassword.decode(sent);
            } catch (IllegalArgumentException e) {
                throw SubsonicException.invalid(name, e.getMessage());
            }
        });
    }

    /** Enough of what a client sent to recognize it in a message, never a wall of text echoed back. */
    public static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
