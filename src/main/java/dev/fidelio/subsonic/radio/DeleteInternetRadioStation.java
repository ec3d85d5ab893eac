package dev.fidelio.subsonic.radio;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.RadioStations;
import dev.fidelio.subsonic.Access;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Removes an internet radio station. For administrators. */
@ApplicationScoped
public class DeleteInternetRadioStation implements SubsonicMethod {

    private final RadioStations stations;

    DeleteInternetRadioStation(RadioStations stations) {
        this.stations = stations;
    }

    @Override
    public String name() {
        return "deleteInternetRadioStation";
    }

    @Override
    public Access access() {
        return Access.ADMIN;
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        stations.delete(request.id("id"));
        return Payload.EMPTY;
    }
}
