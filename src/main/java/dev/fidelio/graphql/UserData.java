package dev.fidelio.graphql;

import java.time.Instant;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.Annotation;

@Type("UserData")
@Description("What the caller said about an item: starred, rated 1 to 5, played how often")
public record UserData(boolean starred, Instant starredAt, Integer rating, int playCount, Instant lastPlayedAt) {

    static final UserData NONE = new UserData(false, null, null, 0, null);

    static UserData of(Annotation a) {
        return new UserData(a.starredAt() != null, a.starredAt(), a.rating(), a.playCount(), a.lastPlayedAt());
    }
}
