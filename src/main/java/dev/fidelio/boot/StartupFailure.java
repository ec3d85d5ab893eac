package dev.fidelio.boot;

import java.net.BindException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.smallrye.config.ConfigValidationException;

/** Turns a failure of the framework's own startup into the one sentence an operator needs. */
final class StartupFailure {

    private static final String CONVERSION_FAILED = "SRCFG00039";
    /** SmallRye Config says which property had which value, then why the value did not convert. */
    private static final Pattern CONVERSION = Pattern.compile(
            "config property (\\S+) with the config value \"(.*?)\" threw an Exception whilst being converted\\s*(?:.*SRCFG\\d+:\\s*)?(.*)$",
            Pattern.DOTALL);

    private StartupFailure() {
    }

    static String invalidSetting(String message) {
        Matcher m = CONVERSION.matcher(message);
        if (!m.find()) {
            return "Invalid setting: " + message.replaceAll("SRCFG\\d+: ", "");
        }
        String property = m.group(1);
        String variable = property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        return "Invalid value \"" + m.group(2) + "\" for " + property + " (" + variable + "): " + m.group(3).strip();
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupException) {
                return t.getMessage();
            }
            if (t instanceof ConfigValidationException invalid) {
                return IntStream.range(0, invalid.getProblemCount())
                        .mapToObj(i -> invalidSetting(invalid.getProblem(i).getMessage()))
                        .collect(Collectors.joining(" "));
            }
            if (t instanceof IllegalArgumentException && String.valueOf(t.getMessage()).contains(CONVERSION_FAILED)) {
                return invalidSetting(t.getMessage());
            }
            if (t instanceof BindException) {
                return "Cannot listen for HTTP: " + t.getMessage() + " (QUARKUS_HTTP_HOST, QUARKUS_HTTP_PORT).";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "The server failed to start: " + EmbeddedDatabase.rootMessage(failure);
    }
}
