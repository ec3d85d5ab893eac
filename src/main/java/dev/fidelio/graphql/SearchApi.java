package dev.fidelio.graphql;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import dev.fidelio.library.ItemKind;
import dev.fidelio.library.search.LibrarySearch;
import io.quarkus.security.Authenticated;

/** Search across the libraries the caller may see. */
@GraphQLApi
@Authenticated
public class SearchApi {

    private final Caller caller;
    private final LibrarySearch search;

    SearchApi(Caller caller, LibrarySearch search) {
        this.caller = caller;
        this.search = search;
    }

    @Query
    @Description("""
            Artists, albums, works and tracks matching every word of the query, best first. Case and diacritics do not \
            count (Dvorak finds Dvořák), a word may be the start of one or, from four letters, misspelt, and catalogue \
            numbers match however they are spaced (BWV1007, op 95). first (0 to 1000) and after page each kind asked \
            for (all when kinds is left out); a query without letters or digits lists everything.""")
    public @NonNull SearchResultsType search(@NonNull String query, @DefaultValue("20") int first, String after,
            List<SearchKind> kinds) {
        Set<ItemKind> asked = kinds == null || kinds.isEmpty() ? EnumSet.allOf(ItemKind.class)
                : kinds.stream().map(SearchKind::itemKind).collect(Collectors.toCollection(() -> EnumSet.noneOf(ItemKind.class)));
        int offset = SearchCursor.offset(after);
        return SearchResultsType.of(search.search(query, caller.visible(), asked, first, offset), offset);
    }
}
