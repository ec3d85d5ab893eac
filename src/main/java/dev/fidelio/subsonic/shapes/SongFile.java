package dev.fidelio.subsonic.shapes;

import dev.fidelio.subsonic.response.OpenSubsonic;

/**
 * A song's audio file, as part of {@link Child}.
 *
 * @param path     the file's path inside its music folder
 * @param duration whole seconds
 * @param bitRate  kbit/s
 * @param transcodedContentType what the song would be streamed as, when a method knows the client's transcoding
 */
public record SongFile(Long size, String contentType, String suffix, String transcodedContentType, String transcodedSuffix,
        Integer duration, Integer bitRate, @OpenSubsonic Integer bitDepth, @OpenSubsonic Integer samplingRate,
        @OpenSubsonic Integer channelCount, String path, Boolean isVideo) {
}
