package dev.fidelio.graphql;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.library.Annotations;
import dev.fidelio.library.ItemKind;

/** The caller's stars, ratings and plays of a batch of items, in one statement. */
@ApplicationScoped
class UserDataLoader {

    private final Caller caller;
    private final Annotations annotations;

    UserDataLoader(Caller caller, Annotations annotations) {
        this.caller = caller;
        this.annotations = annotations;
    }

    <T> List<UserData> of(ItemKind kind, List<T> items, Function<T, UUID> id) {
        return Batch.map(items, id, ids -> annotations.of(caller.userId(), kind, ids), UserData::of, UserData.NONE);
    }
}
