package dev.fidelio.subsonic;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's parameters: from the query string and, for OpenSubsonic's {@code formPost}, from an
 * {@code application/x-www-form-urlencoded} body, in that order. A name may repeat ({@code id=1&id=2}).
 */
final class Parameters {

    /** Far more than any real request (a playlist of thousands of songs), few enough to bound the work. */
    static final int MAX_VALUES = 50_000;

    private final Map<String, List<String>> values;

    private Parameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Decodes URL-encoded {@code name=value&...} sources; null sources are skipped. */
    static Parameters parse(String... encoded) {
        Map<String, List<String>> values = new HashMap<>();
        int count = 0;
        for (String source : encoded) {
            if (source == null || source.isEmpty()) {
                continue;
            }
            for (String pair : source.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                if (++count > MAX_VALUES) {
                    throw new SubsonicException(ErrorCode.GENERIC, "The request has more than " + MAX_VALUES + " parameters.");
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
            }
        }
        return new Parameters(values);
    }

    /** The first value of {@code name}, or null when it is absent. */
    String first(String name) {
        List<String> all = values.get(name);
        return all == null ? null : all.get(0);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SubsonicException(ErrorCode.GENERIC,
                    "The request's parameters are not validly URL-encoded (a '%' must be followed by two hex digits).");
        }
    }
}
