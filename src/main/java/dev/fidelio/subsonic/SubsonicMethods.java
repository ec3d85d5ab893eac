package dev.fidelio.subsonic;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.All;

/** Every {@link SubsonicMethod} bean, by name. */
@ApplicationScoped
public class SubsonicMethods {

    /** Methods of the Subsonic API that have no meaning on an audio-only server. */
    private static final Set<String> VIDEO = Set.of("getVideos", "getVideoInfo", "getCaptions", "hls");

    private final Map<String, SubsonicMethod> byName = new HashMap<>();

    SubsonicMethods(@All List<SubsonicMethod> methods) {
        for (SubsonicMethod method : methods) {
            SubsonicMethod other = byName.put(method.name(), method);
            if (other != null) {
                throw new IllegalStateException("Two classes answer the Subsonic method " + method.name() + ": "
                        + other.getClass().getName() + " and " + method.getClass().getName());
            }
        }
    }

    /** The method called {@code name}; refused with a message saying why when there is none. */
    SubsonicMethod get(String name) {
        SubsonicMethod method = byName.get(name);
        if (method != null) {
            return method;
        }
        if (VIDEO.contains(name)) {
            throw new SubsonicException(ErrorCode.GENERIC,
                    name + " is not implemented: Fidelio is an audio-only server and has no videos.");
        }
        throw SubsonicException.notFound("Unknown method '" + SubsonicRequest.shortened(name)
                + "': it is not a Subsonic method, or this server does not implement it yet.");
    }

    Collection<SubsonicMethod> all() {
        return byName.values();
    }
}
