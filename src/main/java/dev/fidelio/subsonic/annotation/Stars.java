package dev.fidelio.subsonic.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.fidelio.library.Annotations;
import dev.fidelio.library.ItemKind;
import dev.fidelio.subsonic.SubsonicException;
import dev.fidelio.subsonic.SubsonicRequest;

/**
 * What star and unstar share: every {@code id} (songs, or any item), {@code albumId} and {@code artistId} given, all
 * or none, since one id the caller cannot see refuses the whole request.
 */
@ApplicationScoped
class Stars {

    private final AnnotatedItems items;
    private final Annotations annotations;

    Stars(AnnotatedItems items, Annotations annotations) {
        this.items = items;
        this.annotations = annotations;
    }

    @Transactional
    void set(SubsonicRequest request, boolean starred) {
        List<UUID> ids = new ArrayList<>(request.ids("id"));
        ids.addAll(request.ids("albumId"));
        ids.addAll(request.ids("artistId"));
        if (ids.isEmpty()) {
            throw SubsonicException.missing("id");
        }
        long userId = request.caller().userId();
        for (UUID id : ids) {
            ItemKind kind = items.kindOf(request, id);
            annotations.star(userId, kind, id, starred);
        }
    }
}
