package dev.fidelio.subsonic.shapes;

/** A date that may be only a year, or a year and a month. */
public record ItemDate(Integer year, Integer month, Integer day) {

    public static final ItemDate NONE = new ItemDate(null, null, null);
}
