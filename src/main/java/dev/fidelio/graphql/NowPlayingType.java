package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.NowPlaying;

@Type("NowPlaying")
@Description("A listener's player playing a track")
public record NowPlayingType(@NonNull String username, @Description("The player's name, when it gave one") String client,
        @Description("Null when the track is no longer in the library") TrackNode track, @NonNull Instant startedAt,
        @Description("When the entry ends unless the player starts another track first: the track's end plus a grace period") @NonNull Instant endsAt) {

    static NowPlayingType of(NowPlaying.Entry entry, TrackNode track) {
        return new NowPlayingType(entry.username(), entry.client(), track, entry.startedAt(), entry.endsAt());
    }
}
