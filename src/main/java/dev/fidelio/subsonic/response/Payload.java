package dev.fidelio.subsonic.response;

/**
 * What a method answers inside {@code subsonic-response}: one named value, such as {@code musicFolders} holding a
 * record, or {@code openSubsonicExtensions} holding a list; or nothing, as for ping.
 *
 * @param value a record (of records, lists and single values), a list of those, or a single value
 */
public record Payload(String name, Object value) {

    public static final Payload EMPTY = new Payload(null, null);

    public static Payload of(String name, Object value) {
        if (name == null || value == null) {
            throw new IllegalArgumentException("A payload needs a name and a value");
        }
        return new Payload(name, value);
    }

    boolean isEmpty() {
        return name == null;
    }
}
