package dev.fidelio.subsonic.shapes;

import java.util.List;

/** Artists, albums and songs as the folder view shows them: search2's results, getStarred's items. */
public record FolderViewResults(List<Artist> artist, List<Child> album, List<Child> song) {
}
