package dev.fidelio.index.probe;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/** Synthetic files for the chunk-based formats, written per their specifications with only what the probe reads. */
final class ContainerFiles {

    static final int WAVE_PCM = 1;
    static final int WAVE_FLOAT = 3;
    static final int WAVE_EXTENSIBLE = 0xFFFE;

    private ContainerFiles() {
    }

    // ---- RIFF/WAVE -------------------------------------------------------------------------------------------

    static byte[] riffChunk(String id, byte[] body) {
        ByteSink out = new ByteSink().ascii(id).u32le(body.length).bytes(body);
        return (body.length & 1) == 1 ? out.u8(0).toByteArray() : out.toByteArray();
    }

    /** fmt chunk; {@code extensible} wraps {@code format} in WAVE_FORMAT_EXTENSIBLE with that sub-format. */
    static byte[] waveFormat(int format, boolean extensible, int channels, int rate, int bits) {
        int blockAlign = channels * ((bits + 7) / 8);
        ByteSink fmt = new ByteSink().u16le(extensible ? WAVE_EXTENSIBLE : format).u16le(channels).u32le(rate)
                .u32le((long) rate * blockAlign).u16le(blockAlign).u16le((bits + 7) / 8 * 8);
        if (extensible) {
            fmt.u16le(22).u16le(bits).u32le(3).u16le(format)
                    .bytes(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        }
        return riffChunk("fmt ", fmt.toByteArray());
    }

    static byte[] wav(byte[]... chunks) {
        byte[] body = ByteSink.concat("WAVE".getBytes(StandardCharsets.US_ASCII), ByteSink.concat(chunks));
        return ByteSink.concat(new ByteSink().ascii("RIFF").u32le(body.length).toByteArray(), body);
    }

    // ---- AIFF ------------------------------------------------------------------------------------------------

    static byte[] iffChunk(String id, byte[] body) {
        ByteSink out = new ByteSink().ascii(id).u32be(body.length).bytes(body);
        return (body.length & 1) == 1 ? out.u8(0).toByteArray() : out.toByteArray();
    }

    /** COMM for AIFF, or for AIFF-C when {@code compression} is not null. */
    static byte[] aiffCommon(int channels, long frames, int bits, int rate, String compression) {
        ByteSink comm = new ByteSink().u16be(channels).u32be(frames).u16be(bits).bytes(extended(rate));
        if (compression != null) {
            comm.ascii(compression).u8(0).u8(0);
        }
        return iffChunk("COMM", comm.toByteArray());
    }

    static byte[] aiff(boolean aifc, byte[]... chunks) {
        byte[] body = ByteSink.concat(aifc ? "AIFC".getBytes(StandardCharsets.US_ASCII) : "AIFF".getBytes(StandardCharsets.US_ASCII),
                ByteSink.concat(chunks));
        return ByteSink.concat(new ByteSink().ascii("FORM").u32be(body.length).toByteArray(), body);
    }

    static byte[] soundData(byte[] samples) {
        return iffChunk("SSND", ByteSink.concat(new byte[8], samples));
    }

    /** An integer as an 80-bit IEEE extended float. */
    static byte[] extended(int value) {
        int highest = 31 - Integer.numberOfLeadingZeros(value);
        return new ByteSink().u16be(16383 + highest).u64be((long) value << (63 - highest)).toByteArray();
    }

    // ---- DSF -------------------------------------------------------------------------------------------------

    /** DSD chunk, fmt chunk, data chunk padded to 4096-byte blocks per channel, then an optional ID3v2 tag. */
    static byte[] dsf(int channels, int rate, long samples, byte[] id3) {
        int blocks = (int) ((samples + 8 * 4096 - 1) / (8 * 4096));
        byte[] data = new byte[blocks * 4096 * channels];
        Arrays.fill(data, (byte) 0x69);
        ByteSink fmt = new ByteSink().ascii("fmt ").u64le(52).u32le(1).u32le(0).u32le(channels == 1 ? 1 : 2)
                .u32le(channels).u32le(rate).u32le(1).u64le(samples).u32le(4096).u32le(0);
        ByteSink dataChunk = new ByteSink().ascii("data").u64le(12 + data.length).bytes(data);
        long metadata = id3 == null ? 0 : 28 + fmt.size() + dataChunk.size();
        long total = 28 + fmt.size() + dataChunk.size() + (id3 == null ? 0 : id3.length);
        ByteSink out = new ByteSink().ascii("DSD ").u64le(28).u64le(total).u64le(metadata)
                .bytes(fmt.toByteArray()).bytes(dataChunk.toByteArray());
        return id3 == null ? out.toByteArray() : out.bytes(id3).toByteArray();
    }

    // ---- DFF (DSDIFF) ----------------------------------------------------------------------------------------

    static byte[] dffChunk(String id, byte[] body) {
        ByteSink out = new ByteSink().ascii(id).u64be(body.length).bytes(body);
        return (body.length & 1) == 1 ? out.u8(0).toByteArray() : out.toByteArray();
    }

    static byte[] dffProperties(int rate, int channels, String compression) {
        ByteSink channelIds = new ByteSink().u16be(channels);
        for (int i = 0; i < channels; i++) {
            channelIds.ascii(i == 0 ? "SLFT" : i == 1 ? "SRGT" : "C" + String.format("%03d", i));
        }
        byte[] name = (compression.equals("DSD ") ? "not compressed" : "DST Encoded").getBytes(StandardCharsets.US_ASCII);
        byte[] cmpr = new ByteSink().ascii(compression).u8(name.length).bytes(name).toByteArray();
        return dffChunk("PROP", ByteSink.concat("SND ".getBytes(StandardCharsets.US_ASCII),
                dffChunk("FS  ", new ByteSink().u32be(rate).toByteArray()),
                dffChunk("CHNL", channelIds.toByteArray()),
                dffChunk("CMPR", cmpr)));
    }

    static byte[] dff(byte[]... chunks) {
        byte[] body = ByteSink.concat("DSD ".getBytes(StandardCharsets.US_ASCII),
                dffChunk("FVER", new ByteSink().u32be(0x01050000).toByteArray()), ByteSink.concat(chunks));
        return ByteSink.concat(new ByteSink().ascii("FRM8").u64be(body.length).toByteArray(), body);
    }

    // ---- WavPack and APEv2 -------------------------------------------------------------------------------------

    static byte[] wavPackBlock(long totalSamples, long blockSamples, long flags, byte[] subBlocks) {
        return new ByteSink().ascii("wvpk").u32le(24 + subBlocks.length).u16le(0x410).u8(0).u8(0)
                .u32le(totalSamples).u32le(0).u32le(blockSamples).u32le(flags).u32le(0).bytes(subBlocks).toByteArray();
    }

    /** A metadata sub-block: id, size in 16-bit words, data padded to even length. */
    static byte[] subBlock(int id, byte[] data) {
        boolean odd = (data.length & 1) == 1;
        ByteSink out = new ByteSink().u8(id | (odd ? 0x40 : 0)).u8((data.length + 1) / 2).bytes(data);
        return odd ? out.u8(0).toByteArray() : out.toByteArray();
    }

    /** An APEv2 tag with header and footer; values are text items, byte arrays binary items. */
    static byte[] apeTag(Map<String, Object> items) {
        ByteSink body = new ByteSink();
        for (Map.Entry<String, Object> item : items.entrySet()) {
            boolean binary = item.getValue() instanceof byte[];
            byte[] value = binary ? (byte[]) item.getValue() : ((String) item.getValue()).getBytes(StandardCharsets.UTF_8);
            body.u32le(value.length).u32le(binary ? 2 : 0).ascii(item.getKey()).u8(0).bytes(value);
        }
        int size = body.size() + 32;
        byte[] header = new ByteSink().ascii("APETAGEX").u32le(2000).u32le(size).u32le(items.size())
                .u32le(0xA000_0000L).zeros(8).toByteArray();
        byte[] footer = new ByteSink().ascii("APETAGEX").u32le(2000).u32le(size).u32le(items.size())
                .u32le(0x8000_0000L).zeros(8).toByteArray();
        return ByteSink.concat(header, body.toByteArray(), footer);
    }

    // ---- MPEG audio --------------------------------------------------------------------------------------------

    /** MPEG-1 layer III, 128 kb/s, 44.1 kHz, joint stereo, no CRC: 417 bytes a frame. */
    static final byte[] MP3_HEADER = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x40};
    static final int MP3_FRAME_LENGTH = 417;

    /** {@code count} frames of silence (zero side information and data), the first optionally holding a Xing header. */
    static byte[] mp3Frames(int count, byte[] firstFrameHeader) {
        ByteSink out = new ByteSink();
        for (int i = 0; i < count; i++) {
            byte[] frame = new byte[MP3_FRAME_LENGTH];
            System.arraycopy(MP3_HEADER, 0, frame, 0, 4);
            if (i == 0 && firstFrameHeader != null) {
                System.arraycopy(firstFrameHeader, 0, frame, 4 + 32, firstFrameHeader.length);
            }
            out.bytes(frame);
        }
        return out.toByteArray();
    }

    static byte[] xing(long frames, long bytes) {
        return new ByteSink().ascii("Xing").u32be(3).u32be(frames).u32be(bytes).toByteArray();
    }
}
