package dev.fidelio.subsonic.sharing;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Shares;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** Ends a share at once: its link opens nothing from now on. */
@ApplicationScoped
public class DeleteShare implements SubsonicMethod {

    private final Shares shares;

    DeleteShare(Shares shares) {
        this.shares = shares;
    }

    @Override
    public String name() {
        return "deleteShare";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        shares.delete(request.caller().userId(), request.id("id"));
        return Payload.EMPTY;
    }
}
