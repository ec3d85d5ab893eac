package dev.fidelio.subsonic.browsing;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.MusicFolder;
import dev.fidelio.library.VisibleLibraries;
import dev.fidelio.subsonic.SubsonicMethod;
import dev.fidelio.subsonic.SubsonicRequest;
import dev.fidelio.subsonic.response.Payload;

/**
 * The music folders (libraries) the caller may see, by name. A folder taken out of the settings is listed while its
 * tracks are kept, since they can still be browsed and played.
 */
@ApplicationScoped
public class GetMusicFolders implements SubsonicMethod {

    record MusicFolders(List<Entry> musicFolder) {
    }

    record Entry(long id, String name) {
    }

    private final LibraryAccess access;

    GetMusicFolders(LibraryAccess access) {
        this.access = access;
    }

    @Override
    public String name() {
        return "getMusicFolders";
    }

    @Override
    public Payload handle(SubsonicRequest request) {
        VisibleLibraries visible = access.of(request.caller().userId());
        List<Entry> folders = MusicFolder.<MusicFolder>list("order by lower(name), id").stream()
                .filter(folder -> visible.allows(folder.id))
                .map(folder -> new Entry(folder.id, folder.name))
                .toList();
        return Payload.of("musicFolders", new MusicFolders(folders));
    }
}
