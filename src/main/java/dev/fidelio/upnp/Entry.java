package dev.fidelio.upnp;

import java.util.UUID;

import dev.fidelio.library.TrackItem;

/** One object of a Browse or Search result, as the ContentDirectory lists it. */
sealed interface Entry {

    String id();

    String parentId();

    /**
     * A container. {@code childCount} null when counting would cost a query per row; {@code artist}, {@code year}
     * and {@code artId} (the id whose cover art stands for it) null when it has none.
     */
    record Container(String id, String parentId, String title, String upnpClass, Integer childCount, String artist, Integer year,
            UUID artId) implements Entry {

        static Container plain(String id, String parentId, String title) {
            return new Container(id, parentId, title, "object.container", null, null, null, null);
        }

        Container withChildCount(Integer count) {
            return new Container(id, parentId, title, upnpClass, count, artist, year, artId);
        }
    }

    /** A track at one place of the tree. */
    record Track(String id, String parentId, TrackItem track) implements Entry {
    }
}
