package dev.fidelio.index.probe;

import java.nio.charset.StandardCharsets;

/**
 * ID3v2.3 and v2.4 tags for tests. v2.4 text is UTF-8 with NUL-separated values; v2.3 text is UTF-16 with a byte
 * order mark, as Windows taggers write it.
 */
final class Id3Tag {

    private final int version;
    private final ByteSink frames = new ByteSink();
    private int padding;

    private Id3Tag(int version) {
        this.version = version;
    }

    static Id3Tag v23() {
        return new Id3Tag(3);
    }

    static Id3Tag v24() {
        return new Id3Tag(4);
    }

    Id3Tag text(String id, String... values) {
        return frame(id, ByteSink.concat(new byte[] {encoding()}, encode(String.join("\0", values))));
    }

    Id3Tag userText(String description, String... values) {
        return frame("TXXX", ByteSink.concat(new byte[] {encoding()}, encode(description), terminator(),
                encode(String.join("\0", values))));
    }

    Id3Tag comment(String language, String description, String text) {
        return frame("COMM", ByteSink.concat(new byte[] {encoding()}, language.getBytes(StandardCharsets.ISO_8859_1),
                encode(description), terminator(), encode(text)));
    }

    Id3Tag uniqueFileId(String owner, String identifier) {
        return frame("UFID", new ByteSink().ascii(owner).u8(0).ascii(identifier).toByteArray());
    }

    Id3Tag picture(int type, String mime, String description, byte[] image) {
        return frame("APIC", ByteSink.concat(new byte[] {encoding()}, mime.getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {0, (byte) type}, encode(description), terminator(), image));
    }

    Id3Tag frame(String id, byte[] body) {
        frames.ascii(id);
        if (version == 4) {
            frames.bytes(synchsafe(body.length));
        } else {
            frames.u32be(body.length);
        }
        frames.u16be(0).bytes(body);
        return this;
    }

    Id3Tag padding(int bytes) {
        padding = bytes;
        return this;
    }

    byte[] bytes() {
        byte[] body = ByteSink.concat(frames.toByteArray(), new byte[padding]);
        return ByteSink.concat(new byte[] {'I', 'D', '3', (byte) version, 0, 0}, synchsafe(body.length), body);
    }

    private byte encoding() {
        return (byte) (version == 4 ? 3 : 1);
    }

    private byte[] encode(String text) {
        if (version == 4) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteSink out = new ByteSink();
        for (String part : text.split("\0", -1)) {
            if (out.size() > 0) {
                out.u16le(0);
            }
            out.u8(0xFF).u8(0xFE).bytes(part.getBytes(StandardCharsets.UTF_16LE));
        }
        return out.toByteArray();
    }

    private byte[] terminator() {
        return version == 4 ? new byte[] {0} : new byte[] {0, 0};
    }

    static byte[] synchsafe(int size) {
        return new byte[] {(byte) (size >>> 21 & 0x7F), (byte) (size >>> 14 & 0x7F), (byte) (size >>> 7 & 0x7F),
                (byte) (size & 0x7F)};
    }
}
