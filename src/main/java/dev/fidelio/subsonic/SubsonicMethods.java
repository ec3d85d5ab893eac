package dev.fidelio.subsonic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.All;

/** Every {@link SubsonicMethod} and {@link SubsonicMediaMethod} bean, by name. */
@ApplicationScoped
public class SubsonicMethods {

    /** Methods of the Subsonic API that have no meaning on an audio-only server. */
    private static final Set<String> VIDEO = Set.of("getVideos", "getVideoInfo", "getCaptions", "hls");

    /**
     * Podcasts are not kept: Fidelio serves the music in its folders and fetches nothing from the internet, which
     * podcasts need (subscribing, refreshing, downloading episodes).
     */
    private static final Set<String> PODCASTS = Set.of("getPodcasts", "getNewestPodcasts", "getPodcastEpisode", "refreshPodcasts",
            "createPodcastChannel", "deletePodcastChannel", "deletePodcastEpisode", "downloadPodcastEpisode");

    private final Map<String, SubsonicEndpoint> byName = new HashMap<>();

    SubsonicMethods(@All List<SubsonicMethod> methods, @All List<SubsonicMediaMethod> mediaMethods) {
        List<SubsonicEndpoint> all = new ArrayList<>(methods);
        all.addAll(mediaMethods);
        for (SubsonicEndpoint method : all) {
            SubsonicEndpoint other = byName.put(method.name(), method);
            if (other != null) {
                throw new IllegalStateException("Two classes answer the Subsonic method " + method.name() + ": "
                        + other.getClass().getName() + " and " + method.getClass().getName());
            }
        }
    }

    /** The method called {@code name}; refused with a message saying why when there is none. */
    SubsonicEndpoint get(String name) {
        SubsonicEndpoint method = byName.get(name);
        if (method != null) {
            return method;
        }
        if (VIDEO.contains(name)) {
            throw new SubsonicException(ErrorCode.GENERIC,
                    name + " is not implemented: Fidelio is an audio-only server and has no videos.");
        }
        if (PODCASTS.contains(name)) {
            throw new SubsonicException(ErrorCode.GENERIC, name + " is not implemented: Fidelio has no podcasts. It serves the "
                    + "music in its folders and fetches nothing from the internet.");
        }
        if (name.equals("jukeboxControl")) {
            throw new SubsonicException(ErrorCode.GENERIC, "jukeboxControl is not implemented yet: Fidelio's jukebox will be a "
                    + "UPnP renderer on the network, controlled from here once that is done.");
        }
        throw SubsonicException.notFound("Unknown method '" + SubsonicRequest.shortened(name)
                + "': it is not a Subsonic method, or this server does not implement it yet.");
    }

    Collection<SubsonicEndpoint> all() {
        return byName.values();
    }
}
