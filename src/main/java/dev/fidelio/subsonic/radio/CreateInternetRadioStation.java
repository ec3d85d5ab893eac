package dev.fidelio.subsonic.radio;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.RadioStations;
import dev.fidelio.subsonic.Access;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Adds an internet radio station: its name, stream and, optionally, home page (http or https). For administrators. */
@ApplicationScoped
public class CreateInternetRadioStation implements SubsonicMethod {

    private final RadioStations stations;

    CreateInternetRadioStation(RadioStations stations) {
        this.stations = stations;
    }

    @Override
    public String name() {
        return "createInternetRadioStation";
    }

    @Override
    public Access access() {
        return Access.ADMIN;
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        String name = request.required("name");
        String stream = request.required("streamUrl");
        String homePage = request.optional("homepageUrl").filter(url -> !url.isBlank()).orElse(null);
        try {
            stations.create(name, stream, homePage);
        } catch (IllegalArgumentException e) {
            throw SubsonicException.refused(e);
        }
        return Payload.EMPTY;
    }
}
