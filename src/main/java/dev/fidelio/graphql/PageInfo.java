package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Type;

import dev.fidelio.library.Page;

@Type("PageInfo")
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

    static PageInfo of(Page<?> page) {
        return new PageInfo(page.hasNextPage(), page.hasPreviousPage(), page.startCursor(), page.endCursor());
    }
}
