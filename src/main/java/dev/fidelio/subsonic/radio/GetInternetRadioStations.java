package dev.fidelio.subsonic.radio;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.RadioStations;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Every internet radio station, by name; players stream them from their own addresses. */
@ApplicationScoped
public class GetInternetRadioStations implements SubsonicMethod {

    record Listing(List<Station> internetRadioStation) {
    }

    record Station(String id, String name, String streamUrl, String homePageUrl) {
    }

    private final RadioStations stations;

    GetInternetRadioStations(RadioStations stations) {
        this.stations = stations;
    }

    @Override
    public String name() {
        return "getInternetRadioStations";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        return Payload.of("internetRadioStations", new Listing(stations.all().stream()
                .map(s -> new Station(s.id().toString(), s.name(), s.streamUrl(), s.homePageUrl())).toList()));
    }
}
