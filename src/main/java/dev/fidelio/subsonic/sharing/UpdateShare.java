package dev.fidelio.subsonic.sharing;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Shares;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/**
 * Changes a share's description and expiry (its owner's or, for an administrator, anyone's). A later expiry gives the
 * share a new link: the old one still ends when it said it would.
 */
@ApplicationScoped
public class UpdateShare implements SubsonicMethod {

    private final Shares shares;

    UpdateShare(Shares shares) {
        this.shares = shares;
    }

    @Override
    public String name() {
        return "updateShare";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        try {
            shares.update(request.caller().userId(), request.id("id"), request.optional("description").orElse(null),
                    ShareEntries.expiry(request));
        } catch (IllegalArgumentException e) {
            throw ShareEntries.refused(e);
        }
        return Payload.EMPTY;
    }
}
