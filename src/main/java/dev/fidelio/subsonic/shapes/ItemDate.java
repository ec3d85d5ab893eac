package dev.fidelio.subsonic.shapes;

/** A date that may be only a year, or a year and a month. */
public record ItemDate(Integer year, Integer month, Integer day) {

    public static final ItemDate NONE = new ItemDate(null, null, null);

    /** A date as the library keeps it ("1999", "1999-03", "1999-03-21"); {@link #NONE} for null. */
    public static ItemDate of(String isoPrefix) {
        if (isoPrefix == null || isoPrefix.isBlank()) {
            return NONE;
        }
        String[] parts = isoPrefix.split("-", 3);
        try {
            return new ItemDate(Integer.valueOf(parts[0]), parts.length > 1 ? Integer.valueOf(parts[1]) : null,
                    parts.length > 2 ? Integer.valueOf(parts[2]) : null);
        } catch (NumberFormatException e) {
            return NONE;
        }
    }
}
