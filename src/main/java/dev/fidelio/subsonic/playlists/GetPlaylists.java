package dev.fidelio.subsonic.playlists;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Playlists;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;
import dev.fidelio.users.AccountService;
import dev.fidelio.users.User;

/**
 * The caller's playlists and everyone's public ones, by name; with {@code username}, an administrator sees that
 * user's instead, as that user would.
 */
@ApplicationScoped
public class GetPlaylists implements SubsonicMethod {

    private final Playlists playlists;
    private final AccountService accounts;

    GetPlaylists(Playlists playlists, AccountService accounts) {
        this.playlists = playlists;
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "getPlaylists";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        long userId = request.optional("username").map(name -> other(request, name)).orElse(request.caller().userId());
        return Payload.of("playlists", new PlaylistEntry.Listing(playlists.visibleTo(userId).stream()
                .map(info -> PlaylistEntry.of(info, userId)).toList()));
    }

    private long other(SubsonicRequest request, String username) {
        if (!request.caller().mayManage(username)) {
            throw SubsonicException.notAuthorized(request.caller().username() + " may only list their own playlists.");
        }
        User user = accounts.findByName(username).orElseThrow(
                () -> SubsonicException.notFound("No user named '" + SubsonicRequest.shortened(username) + "'."));
        return user.id;
    }
}
