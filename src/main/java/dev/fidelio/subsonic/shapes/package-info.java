/**
 * The shapes the Subsonic API shows the library in, shared by every method that answers with songs, albums or
 * artists: {@link dev.fidelio.subsonic.shapes.Child} (a song, or a directory of the folder view),
 * {@link dev.fidelio.subsonic.shapes.AlbumID3}, {@link dev.fidelio.subsonic.shapes.ArtistID3} and the folder view's
 * {@link dev.fidelio.subsonic.shapes.Artist}, with what OpenSubsonic adds to them. Ids are the library's UUIDs, the same
 * as everywhere else, and a cover art id is the id of the item whose art it is.
 */
package dev.fidelio.subsonic.shapes;
