package dev.fidelio.upnp;

import jakarta.inject.Singleton;

import dev.fidelio.library.AlbumQueries;
import dev.fidelio.library.ArtistQueries;
import dev.fidelio.library.FolderQueries;
import dev.fidelio.library.GenreQueries;
import dev.fidelio.library.Playlists;
import dev.fidelio.library.TrackQueries;
import dev.fidelio.library.WorkQueries;
import dev.fidelio.library.search.LibrarySearch;
import dev.fidelio.stream.MediaUrls;

/** The shared services the ContentDirectory reads through, in one place for the browse tree's nodes. */
@Singleton
record Catalog(ArtistQueries artists, AlbumQueries albums, TrackQueries tracks, WorkQueries works, GenreQueries genres,
        FolderQueries folders, Playlists playlists, LibrarySearch search, MediaUrls urls) {
}
