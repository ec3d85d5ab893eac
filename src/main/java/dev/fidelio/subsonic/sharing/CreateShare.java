package dev.fidelio.subsonic.sharing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Shares;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/**
 * Shares songs, albums or playlists ({@code id}s) through a public link, with a {@code description}, until
 * {@code expires} (ms since 1970) or for 30 days. The link opens nothing once the share has expired or is deleted.
 */
@ApplicationScoped
public class CreateShare implements SubsonicMethod {

    private final Shares shares;
    private final ShareEntries entries;

    CreateShare(Shares shares, ShareEntries entries) {
        this.shares = shares;
        this.entries = entries;
    }

    @Override
    public String name() {
        return "createShare";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        List<UUID> ids = request.ids("id");
        if (ids.isEmpty()) {
            throw SubsonicException.missing("id");
        }
        try {
            Shares.Share share = shares.create(request.caller().userId(), ids, request.optional("description").orElse(null),
                    ShareEntries.expiry(request));
            return Payload.of("shares", entries.of(request, List.of(share)));
        } catch (IllegalArgumentException e) {
            throw ShareEntries.refused(e);
        }
    }
}
