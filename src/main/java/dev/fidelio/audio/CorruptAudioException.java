package dev.fidelio.audio;

import java.io.IOException;

/** Audio data that breaks its format's rules (bad sync, failed CRC, impossible values), with where and why. */
public class CorruptAudioException extends IOException {

    public CorruptAudioException(String message) {
        super(message);
    }
}
