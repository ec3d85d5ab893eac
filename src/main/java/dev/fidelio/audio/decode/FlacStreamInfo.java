package dev.fidelio.audio.decode;

import dev.fidelio.audio.io.RandomAccessInput;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.UnsupportedAudioException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a FLAC decoder needs from the metadata blocks: STREAMINFO's fields and where it is, the seek points, and where
 * the first frame starts. Every other block is skipped by its length without being read.
 */
record FlacStreamInfo(long streamInfoBlockOffset, long firstFrameOffset, int minBlockSize, int maxBlockSize,
                      int maxFrameSize, int sampleRate, int channels, int bitsPerSample, long totalSamples,
                      List<SeekPoint> seekPoints) {

    /** A SEEKTABLE entry: the frame starting at {@code sample} is {@code offset} bytes after the first frame. */
    record SeekPoint(long sample, long offset) {
    }

    private static final int STREAMINFO = 0;
    private static final int SEEKTABLE = 3;
    private static final int STREAMINFO_LENGTH = 34;
    private static final int SEEK_POINT_LENGTH = 18;
    private static final long PLACEHOLDER = -1;
    private static final int MAX_SEEK_POINTS = 4096;

    static FlacStreamInfo read(RandomAccessInput input) throws IOException {
        Path file = input.file();
        long magicOffset = Id3v2.skip(input);
        ByteBuffer magic = input.readExactly(magicOffset, 4, ByteOrder.BIG_ENDIAN, "FLAC signature");
        if (!new String(magic.array(), StandardCharsets.ISO_8859_1).equals("fLaC")) {
            throw new UnsupportedAudioException(file.getFileName() + " is not a FLAC file");
        }
        long blockOffset = magicOffset + 4;
        long streamInfoOffset = blockOffset;
        ByteBuffer streamInfo = null;
        List<SeekPoint> seekPoints = new ArrayList<>();
        boolean last = false;
        while (!last) {
            int header = input.readExactly(blockOffset, 4, ByteOrder.BIG_ENDIAN, "metadata block header").getInt();
            last = header < 0;
            int type = (header >>> 24) & 0x7F;
            int length = header & 0xFF_FFFF;
            long body = blockOffset + 4;
            if (streamInfo == null && type != STREAMINFO) {
                throw new CorruptAudioException(file.getFileName() + ": the first metadata block is not STREAMINFO");
            }
            if (type == STREAMINFO && streamInfo == null) {
                if (length < STREAMINFO_LENGTH) {
                    throw new CorruptAudioException(file.getFileName() + ": STREAMINFO is only " + length + " bytes");
                }
                streamInfo = input.readExactly(body, STREAMINFO_LENGTH, ByteOrder.BIG_ENDIAN, "STREAMINFO");
                streamInfoOffset = blockOffset;
            } else if (type == SEEKTABLE) {
                readSeekTable(input, body, length, seekPoints);
            }
            blockOffset = body + length;
            if (blockOffset > input.size()) {
                throw new CorruptAudioException(file.getFileName() + " ends inside its metadata blocks");
            }
        }
        return fromStreamInfo(file, streamInfoOffset, blockOffset, streamInfo, seekPoints);
    }

    /** Keeps at most {@link #MAX_SEEK_POINTS} evenly spread points: a frame search covers the gaps between them. */
    private static void readSeekTable(RandomAccessInput input, long body, int length, List<SeekPoint> points) throws IOException {
        ByteBuffer table = input.readExactly(body, length - length % SEEK_POINT_LENGTH, ByteOrder.BIG_ENDIAN, "SEEKTABLE");
        int count = length / SEEK_POINT_LENGTH;
        int stride = (count + MAX_SEEK_POINTS - 1) / MAX_SEEK_POINTS;
        for (int i = 0; i < count; i += stride) {
            long sample = table.getLong(i * SEEK_POINT_LENGTH);
            long offset = table.getLong(i * SEEK_POINT_LENGTH + 8);
            if (sample != PLACEHOLDER && offset >= 0) {
                points.add(new SeekPoint(sample, offset));
            }
        }
    }

    private static FlacStreamInfo fromStreamInfo(Path file, long streamInfoOffset, long firstFrame, ByteBuffer info,
                                                 List<SeekPoint> seekPoints) throws IOException {
        int minBlock = info.getShort(0) & 0xFFFF;
        int maxBlock = info.getShort(2) & 0xFFFF;
        int maxFrame = ((info.get(7) & 0xFF) << 16) | ((info.get(8) & 0xFF) << 8) | (info.get(9) & 0xFF);
        long packed = info.getLong(10);
        int rate = (int) (packed >>> 44);
        int channels = (int) ((packed >>> 41) & 0x7) + 1;
        int bits = (int) ((packed >>> 36) & 0x1F) + 1;
        long total = packed & 0xF_FFFF_FFFFL;
        if (rate == 0) {
            throw new CorruptAudioException(file.getFileName() + ": STREAMINFO gives a sample rate of 0");
        }
        if (maxBlock < 16 || minBlock > maxBlock) {
            throw new CorruptAudioException(file.getFileName() + ": STREAMINFO block sizes " + minBlock + "…" + maxBlock);
        }
        if (bits > 24 || bits < 4) {
            throw new UnsupportedAudioException(file.getFileName() + ": " + bits + "-bit FLAC is not supported (4 to 24 bits are)");
        }
        return new FlacStreamInfo(streamInfoOffset, firstFrame, minBlock, maxBlock, maxFrame, rate, channels, bits, total,
                List.copyOf(seekPoints));
    }

    boolean totalKnown() {
        return totalSamples > 0;
    }
}
