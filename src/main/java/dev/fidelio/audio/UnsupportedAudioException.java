package dev.fidelio.audio;

import java.io.IOException;

/** A file or a request that this engine cannot decode or produce, with the reason in words a user understands. */
public class UnsupportedAudioException extends IOException {

    public UnsupportedAudioException(String message) {
        super(message);
    }
}
