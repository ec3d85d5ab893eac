package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.ArtistRole;
import dev.fidelio.library.Credit;

@Type("Credit")
@Description("One artist's part on a track")
public record CreditType(@NonNull ArtistRole role, @NonNull ArtistNode artist, String instrument) {

    static CreditType of(Credit credit) {
        return new CreditType(credit.role(), new ArtistNode(credit.artist()), credit.instrument());
    }
}
