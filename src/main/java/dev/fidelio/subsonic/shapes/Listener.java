package dev.fidelio.subsonic.shapes;

import dev.fidelio.library.VisibleLibraries;

/**
 * Who a method answers and what of the library they are shown: the libraries they may see, or those of them a
 * request names with {@code musicFolderId}. Made by {@link Listeners}.
 */
public record Listener(long userId, VisibleLibraries visible) {
}
