package dev.fidelio.stream;

/**
 * One byte range of a file, inclusive at both ends, from a {@code Range} header (RFC 9110 §14). Only single ranges
 * are served: a header naming several is answered with the whole file, which the RFC allows and every player
 * handles, while multipart/byteranges responses trip up renderers.
 */
public record ByteRange(long first, long last) {

    /** What a {@code Range} header asks of a file of a given size. */
    public sealed interface Request {
    }

    /** No header, a unit other than bytes, several ranges, or a malformed one: send the whole file. */
    public record Whole() implements Request {
    }

    /** A range that lies (at least partly) inside the file: send that part with 206. */
    public record Part(ByteRange range) implements Request {
    }

    /** A well-formed range wholly outside the file: 416. */
    public record Unsatisfiable() implements Request {
    }

    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value for this range of a file of {@code size} bytes. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    public static Request parse(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
            return new Whole();
        }
        String spec = value.substring(6).strip();
        if (spec.contains(",")) {
            return new Whole();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        String from = spec.substring(0, dash).strip();
        String to = spec.substring(dash + 1).strip();
        if (!isNumber(from) && !from.isEmpty() || !isNumber(to) && !to.isEmpty() || from.isEmpty() && to.isEmpty()) {
            return new Whole();
        }
        if (from.isEmpty()) {
            // bytes=-N: the last N bytes; the whole file when it is shorter than N.
            long suffix = Long.parseLong(to);
            return suffix == 0 || size == 0 ? new Unsatisfiable() : new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long first = Long.parseLong(from);
        if (!to.isEmpty() && Long.parseLong(to) < first) {
            return new Whole();
        }
        long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
        return first >= size ? new Unsatisfiable() : new Part(new ByteRange(first, last));
    }

    /** A non-negative decimal that fits a long; signs, inner spaces and overflow make the range malformed. */
    private static boolean isNumber(String text) {
        return !text.isEmpty() && text.length() <= 18 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
