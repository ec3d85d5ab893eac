package dev.fidelio.subsonic.shapes;

import java.util.UUID;

import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;

/** The id parameters of a request: the library's UUIDs. Anything else names no item, and is answered as such (70). */
public final class ItemIds {

    private ItemIds() {
    }

    /** The id in parameter {@code name}; a missing one is error 10, one that is no UUID error 70. */
    public static UUID required(SubsonicRequest request, String name) {
        return parse(request.required(name));
    }

    public static UUID parse(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw notFound(id);
        }
    }

    /** The answer for an id that names nothing the caller may see, whether it exists or not. */
    public static SubsonicException notFound(String id) {
        return SubsonicException.notFound("Nothing with id '" + SubsonicRequest.shortened(id) + "' was found.");
    }
}
