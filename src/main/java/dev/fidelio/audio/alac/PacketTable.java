package dev.fidelio.audio.alac;

import dev.fidelio.audio.CorruptAudioException;

/**
 * Where each ALAC packet of the track lies and which frames it holds, from the MP4 sample tables: sizes (stsz),
 * chunk offsets (stco/co64), packets per chunk (stsc, as runs) and durations (stts, as runs). The tables stay in
 * their compact form; a {@link Cursor} walks them.
 */
final class PacketTable {

    private final int packetCount;
    private final int uniformSize;
    private final int[] sizes;
    private final long[] chunkOffsets;
    /** stsc runs: first chunk (0-based) and packets per chunk, in pairs. */
    private final long[] chunkRuns;
    /** stts runs: packet count and frames per packet, in pairs. */
    private final long[] durationRuns;
    private final long totalFrames;

    PacketTable(int packetCount, int uniformSize, int[] sizes, long[] chunkOffsets, long[] chunkRuns,
            long[] durationRuns) throws CorruptAudioException {
        this.packetCount = packetCount;
        this.uniformSize = uniformSize;
        this.sizes = sizes;
        this.chunkOffsets = chunkOffsets;
        this.chunkRuns = chunkRuns;
        this.durationRuns = durationRuns;
        long frames = 0;
        long packets = 0;
        for (int i = 0; i < durationRuns.length; i += 2) {
            packets += durationRuns[i];
            frames += durationRuns[i] * durationRuns[i + 1];
        }
        if (packets != packetCount) {
            throw new CorruptAudioException("MP4 time table covers " + packets + " packets, the size table "
                    + packetCount);
        }
        long packetsInChunks = 0;
        for (int r = 0; r < chunkRuns.length; r += 2) {
            long lastChunk = r + 2 < chunkRuns.length ? chunkRuns[r + 2] : chunkOffsets.length;
            packetsInChunks += (lastChunk - chunkRuns[r]) * chunkRuns[r + 1];
        }
        if (packetsInChunks < packetCount) {
            throw new CorruptAudioException("MP4 chunk tables hold " + packetsInChunks + " packets, the size table "
                    + packetCount);
        }
        this.totalFrames = frames;
    }

    long totalFrames() {
        return totalFrames;
    }

    int packetSize(int packet) {
        return sizes == null ? uniformSize : sizes[packet];
    }

    /** A cursor at the packet holding {@code frame} (0 ≤ frame ≤ total); frames before it are to be dropped. */
    Cursor cursorAt(long frame) {
        long packet = 0;
        long first = 0;
        for (int i = 0; i < durationRuns.length; i += 2) {
            long count = durationRuns[i];
            long duration = durationRuns[i + 1];
            if (duration > 0 && frame < first + count * duration) {
                long inRun = (frame - first) / duration;
                packet += inRun;
                first += inRun * duration;
                break;
            }
            packet += count;
            first += count * duration;
        }
        Cursor cursor = new Cursor();
        cursor.moveTo((int) packet, frame - first);
        return cursor;
    }

    /** The next packet to read: its index and file offset. */
    final class Cursor {

        private int packet;
        private long skipFrames;
        private int chunk;
        private int runIndex;
        private int inChunk;
        private long offset;

        private void moveTo(int target, long skip) {
            skipFrames = skip;
            packet = target;
            if (target >= packetCount) {
                return;
            }
            long before = 0;
            for (runIndex = 0; runIndex < chunkRuns.length; runIndex += 2) {
                long runEnd = runIndex + 2 < chunkRuns.length ? chunkRuns[runIndex + 2] : chunkOffsets.length;
                long perChunk = chunkRuns[runIndex + 1];
                long inRun = (runEnd - chunkRuns[runIndex]) * perChunk;
                if (target < before + inRun) {
                    chunk = (int) (chunkRuns[runIndex] + (target - before) / perChunk);
                    inChunk = (int) ((target - before) % perChunk);
                    break;
                }
                before += inRun;
            }
            offset = chunkOffsets[chunk];
            for (int p = target - inChunk; p < target; p++) {
                offset += packetSize(p);
            }
        }

        boolean hasPacket() {
            return packet < packetCount;
        }

        int packet() {
            return packet;
        }

        long offset() {
            return offset;
        }

        /** Frames at the start of this packet that lie before the seek target. */
        long skipFrames() {
            return skipFrames;
        }

        void advance() {
            offset += packetSize(packet);
            packet++;
            skipFrames = 0;
            inChunk++;
            if (inChunk == chunkRuns[runIndex + 1] && packet < packetCount) {
                chunk++;
                inChunk = 0;
                while (runIndex + 2 < chunkRuns.length && chunk >= chunkRuns[runIndex + 2]) {
                    runIndex += 2;
                }
                offset = chunkOffsets[chunk];
            }
        }
    }
}
