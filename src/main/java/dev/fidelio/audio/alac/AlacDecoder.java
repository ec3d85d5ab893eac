package dev.fidelio.audio.alac;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Apple Lossless in an MP4 (.m4a) file, decoded packet by packet; it holds one packet and its samples in memory.
 * Channels come out in WAV order (L, R, C, LFE, surrounds).
 */
public final class AlacDecoder implements PcmSource {

    private final FileChannel file;
    private final PcmFormat format;
    private final PacketTable packets;
    private final PacketTable.Cursor cursor;
    private final AlacPacketDecoder packetDecoder;
    private final byte[] packet;
    private final int[] samples;
    private long remaining;
    private int bufferedStart;
    private int bufferedEnd;

    private AlacDecoder(FileChannel file, Mp4AlacParser.AlacTrack track, long startFrame) {
        this.file = file;
        AlacConfig config = track.config();
        this.format = new PcmFormat(config.sampleRate(), config.bitDepth(), config.channels());
        this.packets = track.packets();
        this.cursor = packets.cursorAt(startFrame);
        this.packetDecoder = new AlacPacketDecoder(config);
        // An escaped packet holds every sample at full depth, plus element headers and predictor coefficients.
        this.packet = new byte[(config.frameLength() * 4 + 160) * config.channels() + 16];
        this.samples = new int[config.frameLength() * config.channels()];
        this.remaining = packets.totalFrames() - startFrame;
    }

    /**
     * Opens {@code file} to decode from frame {@code startFrame} (0 … total frames) on, reading only the packet
     * that holds it and those after.
     *
     * @throws dev.fidelio.audio.UnsupportedAudioException when the file is not an MP4 with an ALAC track
     * @throws CorruptAudioException when its boxes or tables break the format's rules
     */
    public static AlacDecoder open(Path file, long startFrame) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            Mp4AlacParser.AlacTrack track = Mp4AlacParser.parse(channel);
            long total = track.packets().totalFrames();
            if (startFrame < 0 || startFrame > total) {
                throw new IllegalArgumentException("start frame " + startFrame + " is outside 0…" + total);
            }
            return new AlacDecoder(channel, track, startFrame);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Whether {@code file} is an MP4 whose audio track is ALAC. The first bytes cannot tell (AAC shares the
     * container), so this reads the file's {@code moov} box.
     */
    public static boolean matches(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(8);
            if (channel.read(head, 0) < 8 || !Mp4AlacParser.looksLikeMp4(head.array())) {
                return false;
            }
            Mp4AlacParser.parse(channel);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public PcmFormat format() {
        return format;
    }

    @Override
    public long remainingFrames() {
        return remaining;
    }

    @Override
    public int read(int[] buffer, int maxFrames) throws IOException {
        while (bufferedStart == bufferedEnd) {
            if (remaining == 0 || !cursor.hasPacket()) {
                return -1;
            }
            decodeNextPacket();
        }
        int frames = Math.min(maxFrames, bufferedEnd - bufferedStart);
        int channels = format.channels();
        System.arraycopy(samples, bufferedStart * channels, buffer, 0, frames * channels);
        bufferedStart += frames;
        remaining -= frames;
        return frames;
    }

    private void decodeNextPacket() throws IOException {
        int size = packets.packetSize(cursor.packet());
        if (size <= 0 || size > packet.length) {
            throw new CorruptAudioException("ALAC packet " + cursor.packet() + " claims " + Integer.toUnsignedString(size)
                    + " bytes; at most " + packet.length + " fit this format");
        }
        Mp4AlacParser.readFully(file, ByteBuffer.wrap(packet, 0, size), cursor.offset());
        int frames = packetDecoder.decode(packet, size, samples);
        long skip = cursor.skipFrames();
        if (skip > frames) {
            throw new CorruptAudioException("ALAC packet " + cursor.packet() + " holds " + frames
                    + " frames, fewer than its MP4 duration");
        }
        bufferedStart = (int) skip;
        bufferedEnd = (int) Math.min(frames, skip + remaining);
        cursor.advance();
    }

    @Override
    public List<String> signalPath() {
        return List.of("ALAC " + format.shortForm());
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
