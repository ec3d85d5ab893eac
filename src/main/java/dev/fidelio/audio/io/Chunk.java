package dev.fidelio.audio.io;

/** One chunk of an IFF-style file: its four-character id, where its body starts and how long the body claims to be. */
public record Chunk(String id, long bodyOffset, long size) {

    public long end() {
        return bodyOffset + size;
    }
}
