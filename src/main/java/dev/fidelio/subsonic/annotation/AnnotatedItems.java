package dev.fidelio.subsonic.annotation;

import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.ItemKind;
import dev.fidelio.library.LibraryAccess;
import dev.fidelio.library.NodeKind;
import dev.fidelio.library.Nodes;
import dev.fidelio.subsonic.ErrorCode;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;

/** The items a caller stars, rates and scrobbles: artists, albums, tracks and works they may see. */
@ApplicationScoped
class AnnotatedItems {

    private final Nodes nodes;
    private final LibraryAccess access;

    AnnotatedItems(Nodes nodes, LibraryAccess access) {
        this.nodes = nodes;
        this.access = access;
    }

    /** The kind of the item; error 70 for an id of nothing the caller sees, 0 for a folder or playlist. */
    ItemKind kindOf(SubsonicRequest request, UUID id) {
        NodeKind kind = nodes.annotatable(id, access.of(request.caller().userId()))
                .orElseThrow(() -> SubsonicException.notFound("No song, album or artist with id " + id + "."));
        if (kind.annotated() == null) {
            throw new SubsonicException(ErrorCode.GENERIC, "Only songs, albums and artists can be starred, "
                    + "rated or scrobbled; " + id + " is a " + kind.name().toLowerCase(Locale.ROOT) + ".");
        }
        return kind.annotated();
    }

    /** A track the caller sees; error 70 for anything else. */
    UUID track(SubsonicRequest request, UUID id) {
        if (kindOf(request, id) != ItemKind.track) {
            throw SubsonicException.notFound("No song with id " + id + ": only songs are scrobbled.");
        }
        return id;
    }
}
