package dev.fidelio.index.probe;

/**
 * The FLAC PICTURE structure, found as a FLAC metadata block and, base64-encoded, as a METADATA_BLOCK_PICTURE Vorbis
 * comment in Ogg files.
 */
final class FlacPicture {

    private static final int MAX_MIME_LENGTH = 256;
    /** The MIME type FLAC uses to say the data is a URL, not an image. */
    private static final String LINK = "-->";

    private FlacPicture() {
    }

    /**
     * Describes the picture whose fields start at the position and whose image data must end by {@code end}; its
     * offset is where the image starts in {@code in}. The image itself is not read. Returns null for a link or an
     * inconsistent structure, which is skipped rather than failing the file.
     */
    static EmbeddedPicture read(BoundedInput in, long end) throws UnreadableFileException {
        int type = (int) Math.min(Integer.MAX_VALUE, in.u32be());
        long mimeLength = in.u32be();
        if (mimeLength > MAX_MIME_LENGTH || mimeLength > in.remaining()) {
            return null;
        }
        String mime = Text.latin1(in.bytes((int) mimeLength), 0, (int) mimeLength);
        long descriptionLength = in.u32be();
        if (descriptionLength > in.remaining()) {
            return null;
        }
        in.skip(descriptionLength);
        long width = in.u32be();
        long height = in.u32be();
        in.skip(8); // colour depth, palette size
        long length = in.u32be();
        long offset = in.position();
        if (mime.equals(LINK) || length == 0 || offset + length > end) {
            return null;
        }
        ImageHeader image = ImageHeader.read(in, offset, length);
        boolean declared = width > 0 && height > 0;
        return new EmbeddedPicture(type, image.mimeTypeOr(mime),
                declared ? (int) Math.min(Integer.MAX_VALUE, width) : image.width(),
                declared ? (int) Math.min(Integer.MAX_VALUE, height) : image.height(),
                offset, (int) length);
    }
}
