package dev.fidelio.upnp;

/**
 * One {@code res} of a track: where to fetch it and what it is. {@code size} and {@code bitrate} (bytes per second,
 * as UPnP counts it) are null when they cannot be known before it is made (a FLAC conversion).
 */
record Resource(String url, String protocolInfo, Long size, String duration, Long bitrate, Integer sampleFrequency, Integer bitsPerSample,
        Integer channels) {
}
