package dev.fidelio.index.probe;

import java.nio.charset.StandardCharsets;

/** Minimal M4A files: the atoms the probe reads (ftyp, moov with one sound track and iTunes metadata, mdat). */
final class Mp4Files {

    static final int TIMESCALE = 1000;

    private Mp4Files() {
    }

    static byte[] atom(String type, byte[]... children) {
        byte[] body = ByteSink.concat(children);
        return new ByteSink().u32be(8 + body.length).bytes(type.getBytes(StandardCharsets.ISO_8859_1)).bytes(body)
                .toByteArray();
    }

    /** A full box: version and flags before the body. */
    static byte[] fullAtom(String type, byte[]... children) {
        return atom(type, ByteSink.concat(new byte[4], ByteSink.concat(children)));
    }

    static byte[] file(byte[] sampleEntry, long mediaTimescale, long mediaDuration, byte[] edit, byte[] items, byte[] media) {
        byte[] ftyp = atom("ftyp", "M4A ".getBytes(StandardCharsets.US_ASCII), new byte[4],
                "M4A mp42isom".getBytes(StandardCharsets.US_ASCII));
        byte[] mvhd = fullAtom("mvhd", new ByteSink().u32be(0).u32be(0).u32be(TIMESCALE)
                .u32be(mediaDuration * TIMESCALE / mediaTimescale).zeros(80).toByteArray());
        byte[] mdhd = fullAtom("mdhd", new ByteSink().u32be(0).u32be(0).u32be(mediaTimescale).u32be(mediaDuration)
                .u16be(0x55C4).u16be(0).toByteArray());
        byte[] hdlr = fullAtom("hdlr", new ByteSink().u32be(0).ascii("soun").zeros(12).ascii("SoundHandler").u8(0)
                .toByteArray());
        byte[] stsd = fullAtom("stsd", new ByteSink().u32be(1).toByteArray(), sampleEntry);
        byte[] trak = atom("trak", edit == null ? new byte[0] : atom("edts", edit),
                atom("mdia", mdhd, hdlr, atom("minf", atom("stbl", stsd))));
        byte[] meta = fullAtom("meta", fullAtom("hdlr", new ByteSink().u32be(0).ascii("mdir").ascii("appl").zeros(9)
                .toByteArray()), atom("ilst", items));
        byte[] moov = atom("moov", mvhd, trak, atom("udta", meta));
        return ByteSink.concat(ftyp, moov, atom("mdat", media));
    }

    /** An AudioSampleEntry (version 0) followed by codec configuration atoms. */
    static byte[] audioEntry(String type, int channels, int bits, int rate, byte[]... configuration) {
        return atom(type, new ByteSink().zeros(6).u16be(1).zeros(8).u16be(channels).u16be(bits).zeros(4)
                .u32be((long) rate << 16).toByteArray(), ByteSink.concat(configuration));
    }

    static byte[] alacConfig(int bits, int channels, int rate) {
        return fullAtom("alac", new ByteSink().u32be(4096).u8(0).u8(bits).u8(40).u8(10).u8(14).u8(channels)
                .u16be(255).u32be(0).u32be(0).u32be(rate).toByteArray());
    }

    /** esds with an ES descriptor holding the decoder configuration and a two-byte AudioSpecificConfig. */
    static byte[] esds(long averageBitrate, byte[] audioSpecificConfig) {
        byte[] specific = descriptor(0x05, audioSpecificConfig);
        byte[] decoder = descriptor(0x04, ByteSink.concat(new ByteSink().u8(0x40).u8(0x15).u24be(0).u32be(averageBitrate)
                .u32be(averageBitrate).toByteArray(), specific));
        byte[] es = descriptor(0x03, ByteSink.concat(new ByteSink().u16be(1).u8(0).toByteArray(), decoder,
                descriptor(0x06, new byte[] {2})));
        return fullAtom("esds", es);
    }

    /** Descriptor lengths in the four-byte form encoders favour. */
    private static byte[] descriptor(int tag, byte[] body) {
        int length = body.length;
        return ByteSink.concat(new byte[] {(byte) tag, (byte) (0x80 | length >>> 21 & 0x7F), (byte) (0x80 | length >>> 14 & 0x7F),
                (byte) (0x80 | length >>> 7 & 0x7F), (byte) (length & 0x7F)}, body);
    }

    static byte[] editList(long segmentDuration, long mediaTime) {
        return fullAtom("elst", new ByteSink().u32be(1).u32be(segmentDuration).u32be(mediaTime).u32be(0x10000).toByteArray());
    }

    static byte[] textItem(String atom, String... values) {
        byte[][] data = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            data[i] = data(1, values[i].getBytes(StandardCharsets.UTF_8));
        }
        return atom(atom, data);
    }

    static byte[] freeformItem(String mean, String name, String value) {
        return atom("----", fullAtom("mean", mean.getBytes(StandardCharsets.UTF_8)),
                fullAtom("name", name.getBytes(StandardCharsets.UTF_8)), data(1, value.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] data(int type, byte[] value) {
        return atom("data", new ByteSink().u32be(type).u32be(0).bytes(value).toByteArray());
    }
}
