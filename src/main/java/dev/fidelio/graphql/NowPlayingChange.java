package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("NowPlayingChange")
public record NowPlayingChange(@NonNull NowPlayingType entry,
        @Description("True when the entry began; false when it ended, run out or replaced by the player's next track") boolean playing) {
}
