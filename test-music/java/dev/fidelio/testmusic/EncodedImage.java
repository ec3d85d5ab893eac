package dev.fidelio.testmusic;

/** An image file's bytes plus what FLAC PICTURE and ID3 APIC need to describe it. */
public record EncodedImage(String mimeType, int width, int height, int colorDepth, byte[] data) {
}
