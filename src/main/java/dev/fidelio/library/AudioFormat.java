package dev.fidelio.library;

/** The container/codec families the indexer recognizes, by content rather than by file name. */
public enum AudioFormat {
    FLAC("flac", true, "audio/flac"),
    ALAC("alac", true, "audio/mp4"),
    WAV("wav", true, "audio/wav"),
    AIFF("aiff", true, "audio/aiff"),
    WAVPACK("wavpack", true, "audio/x-wavpack"),
    DSF("dsf", true, "audio/dsf"),
    DFF("dff", true, "audio/dff"),
    MP3("mp3", false, "audio/mpeg"),
    AAC("aac", false, "audio/mp4"),
    VORBIS("vorbis", false, "audio/ogg"),
    OPUS("opus", false, "audio/ogg");

    private final String id;
    private final boolean lossless;
    private final String mimeType;

    AudioFormat(String id, boolean lossless, String mimeType) {
        this.id = id;
        this.lossless = lossless;
        this.mimeType = mimeType;
    }

    /** Stable lower-case name, as stored in the database and shown by the APIs. */
    public String id() {
        return id;
    }

    public boolean lossless() {
        return lossless;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The format stored under {@link #id()}. */
    public static AudioFormat fromId(String id) {
        for (AudioFormat format : values()) {
            if (format.id.equals(id)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown audio format '" + id + "'");
    }
}
