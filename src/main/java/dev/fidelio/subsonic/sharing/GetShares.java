package dev.fidelio.subsonic.sharing;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Shares;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/** The caller's shares, newest first, expired ones too (until deleted), with their links and songs. */
@ApplicationScoped
public class GetShares implements SubsonicMethod {

    private final Shares shares;
    private final ShareEntries entries;

    GetShares(Shares shares, ShareEntries entries) {
        this.shares = shares;
        this.entries = entries;
    }

    @Override
    public String name() {
        return "getShares";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        return Payload.of("shares", entries.of(request, shares.of(request.caller().userId())));
    }
}
