package dev.fidelio.stream;

import java.nio.file.Path;

/**
 * Where cover art may be found, as the index recorded it: a folder image, or a track whose embedded picture is
 * taken. Nothing is known yet about whether it is still there.
 *
 * @param relativePath the image or the audio file, relative to {@code musicFolder}
 * @param mimeType     what the indexer found a folder image to be; null for embedded pictures, which say it themselves
 */
record ArtSource(Kind kind, Path musicFolder, String relativePath, String mimeType) {

    enum Kind {
        FOLDER_IMAGE, EMBEDDED
    }
}
