package dev.fidelio.subsonic.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import dev.fidelio.subsonic.SubsonicMediaMethod;
import dev.fidelio.subsonic.SubsonicRequest;

/** The original file, byte for byte, with ranges; never converted, and not a play. */
@ApplicationScoped
public class Download implements SubsonicMediaMethod {

    private final TrackAudio audio;

    Download(TrackAudio audio) {
        this.audio = audio;
    }

    @Override
    public String name() {
        return "download";
    }

    @Override
    public Response serve(SubsonicRequest request) {
        return audio.send(request, audio.track(request), null, false);
    }
}
