package dev.fidelio.subsonic.radio;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.RadioStations;
import dev.fidelio.subsonic.Access;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Replaces a station's name, stream and home page (none given removes it). For administrators. */
@ApplicationScoped
public class UpdateInternetRadioStation implements SubsonicMethod {

    private final RadioStations stations;

    UpdateInternetRadioStation(RadioStations stations) {
        this.stations = stations;
    }

    @Override
    public String name() {
        return "updateInternetRadioStation";
    }

    @Override
    public Access access() {
        return Access.ADMIN;
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        UUID id = request.id("id");
        String name = request.required("name");
        String stream = request.required("streamUrl");
        String homePage = request.optional("homepageUrl").filter(url -> !url.isBlank()).orElse(null);
        try {
            stations.update(id, name, stream, homePage);
        } catch (IllegalArgumentException e) {
            throw SubsonicException.refused(e);
        }
        return Payload.EMPTY;
    }
}
