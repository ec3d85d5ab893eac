package dev.fidelio.stream;

import java.util.Locale;

import dev.fidelio.web.ApiException;

/**
 * A conversion's parameters, checked: each bad value is refused with a message naming the parameter and the values
 * it takes.
 */
public record ConversionRequest(OutputFormat format, Integer rate, Integer bits, Integer channels, double offsetSeconds,
        String replayGain, boolean dop) {

    public static final int MIN_RATE = 8_000;
    public static final int MAX_RATE = 768_000;

    public static ConversionRequest from(StreamRequest request) {
        OutputFormat format = OutputFormat.parse(request.format);
        Integer rate = integer("rate", request.rate, MIN_RATE, MAX_RATE);
        Integer bits = integer("bits", request.bits, 16, 32);
        if (bits != null && bits != 16 && bits != 24 && bits != 32) {
            throw ApiException.badRequest("bits must be 16, 24 or 32; not " + bits);
        }
        Integer channels = integer("channels", request.channels, 1, 8);
        double offset = 0;
        if (request.offset != null) {
            try {
                offset = Double.parseDouble(request.offset.strip());
            } catch (NumberFormatException e) {
                offset = Double.NaN;
            }
            if (!(offset >= 0) || Double.isInfinite(offset)) {
                throw ApiException.badRequest("offset is a number of seconds of 0 or more; not '" + request.offset + "'");
            }
        }
        String gain = request.replayGain == null ? null : request.replayGain.strip().toLowerCase(Locale.ROOT);
        if (gain != null && !gain.equals("track") && !gain.equals("album")) {
            throw ApiException.badRequest("replaygain must be track or album; not '" + request.replayGain + "'");
        }
        boolean dop = Boolean.parseBoolean(request.dop);
        if (dop && (rate != null || bits != null || gain != null || channels != null || format.fixedDepth() && format != OutputFormat.L24)) {
            throw ApiException.badRequest("DoP carries the DSD bits unchanged: it cannot be combined with rate, bits, channels, "
                    + "replaygain or a 16-bit format");
        }
        return new ConversionRequest(format, rate, bits, channels, offset, gain, dop);
    }

    private static Integer integer(String name, String value, int min, int max) {
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below with the valid range
        }
        throw ApiException.badRequest(name + " must be a whole number from " + min + " to " + max + "; not '" + value + "'");
    }
}
