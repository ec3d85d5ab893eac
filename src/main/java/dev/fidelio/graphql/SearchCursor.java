package dev.fidelio.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a search's results continue: the offset of the next hit, opaque to clients. Ranks are not stable keys, so a
 * search pages by offset where listings page by key.
 */
final class SearchCursor {

    private static final String PREFIX = "search:";

    private SearchCursor() {
    }

    static String after(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a cursor from an earlier page names; 0 without one. */
    static int offset(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // Not base64, or not a number: answered below like any other foreign cursor.
        }
        throw new IllegalArgumentException("'" + (cursor.length() > 60 ? cursor.substring(0, 60) + "…" : cursor)
                + "' is not a cursor of a search");
    }
}
