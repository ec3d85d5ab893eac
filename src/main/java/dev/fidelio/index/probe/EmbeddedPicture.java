package dev.fidelio.index.probe;

import java.util.List;
import java.util.Optional;

/**
 * A picture inside an audio file, described without holding its bytes: where they are and what they are.
 *
 * @param type    the ID3/FLAC picture type (3 = front cover)
 * @param offset  byte offset of the image data in the file, or -1 when the container does not allow direct reading
 */
public record EmbeddedPicture(int type, String mimeType, int width, int height, long offset, int length) {

    public static final int FRONT_COVER = 3;

    /** The picture standing for a file's cover: its first front cover, else its first picture. */
    public static Optional<EmbeddedPicture> cover(List<EmbeddedPicture> pictures) {
        EmbeddedPicture chosen = null;
        for (EmbeddedPicture picture : pictures) {
            if (picture.replacesAsCover(chosen)) {
                chosen = picture;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /** Whether this picture, met after {@code chosen} (null: none yet), takes its place as the cover. */
    boolean replacesAsCover(EmbeddedPicture chosen) {
        return chosen == null || type == FRONT_COVER && chosen.type != FRONT_COVER;
    }
}
