package dev.fidelio.index.probe;

/** An embedded picture with its image bytes, as stored in the file. */
public record ExtractedPicture(EmbeddedPicture picture, byte[] data) {
}
