package dev.fidelio.audio.alac;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.UnsupportedAudioException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the ALAC track of an MP4 file: walks the top-level boxes on disk to {@code moov} (which may follow
 * {@code mdat}), reads it into memory, and takes the first sound track whose sample description is {@code alac},
 * skipping video (cover art), text (chapters) and other tracks.
 */
final class Mp4AlacParser {

    /** The ALAC track: its magic cookie and packet table. */
    record AlacTrack(AlacConfig config, PacketTable packets) {
    }

    /** A moov with the tables of hours of audio is a few MB; anything far beyond is not a real file. */
    private static final long MAX_MOOV_SIZE = 64L << 20;
    private static final int SOUND_ENTRY_V0 = 28;
    private static final int SOUND_ENTRY_V1 = 44;
    private static final int SOUND_ENTRY_V2 = 64;

    private Mp4AlacParser() {
    }

    /** True when the bytes start like an MP4/QuickTime file (an {@code ftyp} box first). */
    static boolean looksLikeMp4(byte[] head) {
        return head.length >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p';
    }

    static AlacTrack parse(FileChannel file) throws IOException {
        ByteBuffer moov = readMoov(file);
        String otherCodec = null;
        for (Mp4Boxes.Box trak : Mp4Boxes.children(moov)) {
            if (!trak.type().equals("trak")) {
                continue;
            }
            ByteBuffer mdia = child(trak.payload(moov), "mdia");
            ByteBuffer hdlr = mdia == null ? null : child(mdia, "hdlr");
            if (hdlr == null || hdlr.limit() < 12 || !Mp4Boxes.fourCc(hdlr, 8).equals("soun")) {
                continue;
            }
            ByteBuffer sampleTables = child(child(mdia, "minf"), "stbl");
            ByteBuffer stsd = child(sampleTables, "stsd");
            if (stsd == null || stsd.limit() < 16) {
                throw new CorruptAudioException("MP4 sound track has no sample description");
            }
            String codec = Mp4Boxes.fourCc(stsd, 12);
            if (!codec.equals("alac")) {
                otherCodec = codec;
                continue;
            }
            AlacConfig config = parseCookie(stsd.duplicate().position(8).slice());
            long timescale = mediaTimescale(child(mdia, "mdhd"));
            return new AlacTrack(config, parsePacketTable(sampleTables, timescale, config, file.size()));
        }
        if (otherCodec != null) {
            throw new UnsupportedAudioException("the MP4 audio track is '" + otherCodec.trim() + "', not ALAC");
        }
        throw new UnsupportedAudioException("the MP4 file has no audio track");
    }

    private static ByteBuffer readMoov(FileChannel file) throws IOException {
        long size = file.size();
        long at = 0;
        while (size - at >= 8) {
            ByteBuffer header = ByteBuffer.allocate(8);
            readFully(file, header, at);
            long boxSize = header.getInt(0) & 0xFFFF_FFFFL;
            String type = Mp4Boxes.fourCc(header, 4);
            int headerSize = 8;
            if (boxSize == 1 && size - at >= 16) {
                readFully(file, header.clear(), at + 8);
                boxSize = header.getLong(0);
                headerSize = 16;
            } else if (boxSize == 0) {
                boxSize = size - at;
            }
            if (boxSize < headerSize || boxSize > size - at) {
                throw new CorruptAudioException("MP4 box '" + type + "' at byte " + at + " claims " + boxSize
                        + " bytes, but the file has " + (size - at) + " left");
            }
            if (type.equals("moov")) {
                if (boxSize > MAX_MOOV_SIZE) {
                    throw new UnsupportedAudioException("MP4 'moov' box of " + boxSize + " bytes is too large");
                }
                ByteBuffer moov = ByteBuffer.allocate((int) (boxSize - headerSize));
                readFully(file, moov, at + headerSize);
                return moov.flip();
            }
            at += boxSize;
        }
        throw new CorruptAudioException("MP4 file has no 'moov' box");
    }

    static void readFully(FileChannel file, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = file.read(buffer, at);
            if (n < 0) {
                throw new CorruptAudioException("file ends at byte " + at + " in the middle of data");
            }
            at += n;
        }
    }

    private static ByteBuffer child(ByteBuffer parent, String type) throws CorruptAudioException {
        if (parent == null) {
            return null;
        }
        Mp4Boxes.Box box = Mp4Boxes.find(parent, type);
        return box == null ? null : box.payload(parent);
    }

    /** The sample entry: a SoundDescription (v0, v1 or QuickTime v2) followed by the 'alac' cookie box. */
    private static AlacConfig parseCookie(ByteBuffer entry) throws IOException {
        if (entry.limit() < 8 + SOUND_ENTRY_V0) {
            throw new CorruptAudioException("MP4 'alac' sample entry is too short");
        }
        int version = entry.getShort(8 + 8) & 0xFFFF;
        int childrenAt = 8 + switch (version) {
            case 0 -> SOUND_ENTRY_V0;
            case 1 -> SOUND_ENTRY_V1;
            case 2 -> SOUND_ENTRY_V2;
            default -> throw new UnsupportedAudioException("MP4 sound description version " + version);
        };
        int entryEnd = Math.min(entry.limit(), (int) (entry.getInt(0) & 0x7FFF_FFFF));
        if (childrenAt > entryEnd) {
            throw new CorruptAudioException("MP4 'alac' sample entry is too short");
        }
        ByteBuffer children = entry.duplicate().limit(entryEnd).position(childrenAt).slice();
        ByteBuffer cookie = findCookie(children);
        if (cookie == null) {
            throw new CorruptAudioException("MP4 'alac' sample entry has no magic cookie");
        }
        return AlacConfig.parse(cookie.position(4)); // after the full-box version and flags
    }

    /** The cookie box, directly in the entry or (QuickTime) inside a 'wave' box. */
    private static ByteBuffer findCookie(ByteBuffer children) throws CorruptAudioException {
        ByteBuffer cookie = child(children, "alac");
        if (cookie != null) {
            return cookie;
        }
        ByteBuffer wave = child(children, "wave");
        return wave == null ? null : child(wave, "alac");
    }

    private static long mediaTimescale(ByteBuffer mdhd) throws CorruptAudioException {
        if (mdhd == null || mdhd.limit() < 24) {
            throw new CorruptAudioException("MP4 sound track has no media header");
        }
        long timescale = mdhd.get(0) == 1 ? mdhd.getInt(20) & 0xFFFF_FFFFL : mdhd.getInt(12) & 0xFFFF_FFFFL;
        if (timescale == 0) {
            throw new CorruptAudioException("MP4 media timescale is zero");
        }
        return timescale;
    }

    private static PacketTable parsePacketTable(ByteBuffer stbl, long timescale, AlacConfig config, long fileSize)
            throws CorruptAudioException {
        ByteBuffer stsz = required(stbl, "stsz");
        ByteBuffer stsc = required(stbl, "stsc");
        ByteBuffer stts = required(stbl, "stts");
        ByteBuffer stco = child(stbl, "stco");
        ByteBuffer co64 = child(stbl, "co64");
        if (stco == null && co64 == null) {
            throw new CorruptAudioException("MP4 sound track has no chunk offsets (stco/co64)");
        }

        if (stsz.limit() < 12) {
            throw new CorruptAudioException("MP4 'stsz' box is too short");
        }
        int uniformSize = stsz.getInt(4);
        long count = stsz.getInt(8) & 0xFFFF_FFFFL;
        int[] sizes = null;
        if (uniformSize == 0) {
            entryCount(stsz, 8, 4, "stsz");
            sizes = new int[(int) count];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = stsz.getInt(12 + 4 * i);
            }
        } else if (count > fileSize) {
            throw new CorruptAudioException("MP4 track claims " + count + " packets in a file of " + fileSize
                    + " bytes");
        }

        long[] offsets;
        if (stco != null) {
            offsets = new long[entryCount(stco, 4, 4, "stco")];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = stco.getInt(8 + 4 * i) & 0xFFFF_FFFFL;
            }
        } else {
            offsets = new long[entryCount(co64, 4, 8, "co64")];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = co64.getLong(8 + 8 * i);
            }
        }

        int runs = entryCount(stsc, 4, 12, "stsc");
        List<Long> chunkRuns = new ArrayList<>();
        long previousFirst = 0;
        for (int i = 0; i < runs; i++) {
            long firstChunk = (stsc.getInt(8 + 12 * i) & 0xFFFF_FFFFL) - 1;
            long perChunk = stsc.getInt(12 + 12 * i) & 0xFFFF_FFFFL;
            if (firstChunk < previousFirst || firstChunk > offsets.length || perChunk == 0 || perChunk > count) {
                throw new CorruptAudioException("MP4 sample-to-chunk entry " + i + " is out of order or range");
            }
            chunkRuns.add(firstChunk);
            chunkRuns.add(perChunk);
            previousFirst = firstChunk;
        }
        if (runs == 0 && count > 0 || runs > 0 && chunkRuns.get(0) != 0) {
            throw new CorruptAudioException("MP4 sample-to-chunk table does not start at the first chunk");
        }

        int durations = entryCount(stts, 4, 8, "stts");
        long[] durationRuns = new long[2 * durations];
        for (int i = 0; i < durations; i++) {
            long packets = stts.getInt(8 + 8 * i) & 0xFFFF_FFFFL;
            long delta = stts.getInt(12 + 8 * i) & 0xFFFF_FFFFL;
            long frames = delta * config.sampleRate() / timescale;
            if (frames > config.frameLength()) {
                throw new CorruptAudioException("MP4 packet duration " + frames + " exceeds the ALAC frame length");
            }
            durationRuns[2 * i] = packets;
            durationRuns[2 * i + 1] = frames;
        }
        return new PacketTable((int) count, uniformSize, sizes, offsets,
                chunkRuns.stream().mapToLong(Long::longValue).toArray(), durationRuns);
    }

    private static ByteBuffer required(ByteBuffer stbl, String type) throws CorruptAudioException {
        ByteBuffer box = child(stbl, type);
        if (box == null) {
            throw new CorruptAudioException("MP4 sound track has no '" + type + "' table");
        }
        return box;
    }

    /**
     * The entry count of a full-box table stored at {@code countAt}, checked against the box size so that an
     * absurd count cannot make us allocate more than the file holds.
     */
    private static int entryCount(ByteBuffer box, int countAt, int entrySize, String type)
            throws CorruptAudioException {
        if (box.limit() < countAt + 4) {
            throw new CorruptAudioException("MP4 '" + type + "' box is too short");
        }
        long count = box.getInt(countAt) & 0xFFFF_FFFFL;
        if (count * entrySize > box.limit() - countAt - 4) {
            throw new CorruptAudioException("MP4 '" + type + "' box claims " + count + " entries but holds "
                    + (box.limit() - countAt - 4) / entrySize);
        }
        return (int) count;
    }
}
