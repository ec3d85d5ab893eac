package dev.fidelio.graphql;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.fidelio.index.MusicFolderAdmin;
import dev.fidelio.library.Libraries;
import dev.fidelio.library.VisibleLibraries;

/** The libraries (music folders): seen by everyone as far as they may, changed by administrators. */
@GraphQLApi
public class LibraryApi {

    private static final String ADMINS_ONLY = "managing the libraries is for administrators";

    private final Caller caller;
    private final Libraries libraries;
    private final MusicFolderAdmin folders;

    LibraryApi(Caller caller, Libraries libraries, MusicFolderAdmin folders) {
        this.caller = caller;
        this.libraries = libraries;
        this.folders = folders;
    }

    @Query
    @Description("The music folders the caller may see")
    public @NonNull List<@NonNull LibraryType> libraries() {
        return libraries.visible(caller.visible()).stream().map(l -> LibraryType.of(l, caller.isAdmin())).toList();
    }

    @Mutation
    @Description("""
            Adds a music folder by its absolute path on the server, and starts the quick scan that indexes it \
            (administrators only). It must not lie inside another music folder, nor hold one.""")
    public @NonNull LibraryType addLibrary(@NonNull String path) {
        caller.requireAdmin(ADMINS_ONLY);
        return library(folders.add(path).id);
    }

    @Mutation
    @Description("Renames a library; its path stays (administrators only)")
    public @NonNull LibraryType renameLibrary(@NonNull @Id String id, @NonNull String name) {
        caller.requireAdmin(ADMINS_ONLY);
        return library(folders.rename(Ids.number(id, "library"), name).id);
    }

    @Mutation
    @Description("""
            Removes a library that was added here, or taken out of the settings, with its tracks (administrators only; \
            not while a scan runs). Answers with its id.""")
    public @NonNull @Id String removeLibrary(@NonNull @Id String id) {
        caller.requireAdmin(ADMINS_ONLY);
        long folder = Ids.number(id, "library");
        folders.remove(folder);
        return Long.toString(folder);
    }

    private LibraryType library(long id) {
        return LibraryType.of(libraries.visible(VisibleLibraries.only(Set.of(id))).get(0), true);
    }
}
