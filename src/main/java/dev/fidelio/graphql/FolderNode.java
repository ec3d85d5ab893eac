package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.FolderItem;

@Type("Folder")
@Description("A directory of a library that holds audio, directly or below; a library's root has the library's name and the path ''")
public class FolderNode implements Node {

    private final FolderItem item;

    FolderNode(FolderItem item) {
        this.item = item;
    }

    @Ignore
    public FolderItem item() {
        return item;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return item.id().toString();
    }

    public @NonNull String getName() {
        return item.name();
    }

    @Description("Inside its library, with '/' between names")
    public @NonNull String getPath() {
        return item.relativePath();
    }
}
