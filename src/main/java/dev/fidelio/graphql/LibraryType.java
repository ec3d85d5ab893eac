package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.LibraryItem;

@Type("Library")
@Description("A music folder. Its path is shown to administrators only.")
public record LibraryType(@Id @NonNull String id, @NonNull String name, String path,
        @Description("online, missing or unreadable") @NonNull String status, long trackCount) {

    static LibraryType of(LibraryItem item, boolean admin) {
        return new LibraryType(Long.toString(item.id()), item.name(), admin ? item.path() : null, item.status(), item.trackCount());
    }
}
