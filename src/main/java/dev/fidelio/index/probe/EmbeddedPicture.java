package dev.fidelio.index.probe;

/**
 * A picture inside an audio file, described without holding its bytes: where they are and what they are.
 *
 * @param type    the ID3/FLAC picture type (3 = front cover)
 * @param offset  byte offset of the image data in the file, or -1 when the container does not allow direct reading
 */
public record EmbeddedPicture(int type, String mimeType, int width, int height, long offset, int length) {

    public static final int FRONT_COVER = 3;
}
