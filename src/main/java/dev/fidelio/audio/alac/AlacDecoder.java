package dev.fidelio.audio.alac;

import dev.fidelio.audio.BlockPcmSource;
import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.io.CloseOnFailure;
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
public final class AlacDecoder extends BlockPcmSource {

    private final FileChannel file;
    private final PacketTable packets;
    private final PacketTable.Cursor cursor;
    private final AlacPacketDecoder packetDecoder;
    private final byte[] packet;
    private final int[] samples;

    private AlacDecoder(FileChannel file, Mp4AlacParser.AlacTrack track, long startFrame) {
        super(new PcmFormat(track.config().sampleRate(), track.config().bitDepth(), track.config().channels()),
                track.packets().totalFrames(), startFrame);
        this.file = file;
        AlacConfig config = track.config();
        this.packets = track.packets();
        this.cursor = packets.cursorAt(startFrame);
        this.packetDecoder = new AlacPacketDecoder(config);
        // An escaped packet holds every sample at full depth, plus element headers and predictor coefficients.
        this.packet = new byte[(config.frameLength() * 4 + 160) * config.channels() + 16];
        this.samples = new int[config.frameLength() * config.channels()];
    }

    /**
     * Opens {@code file} to decode from frame {@code startFrame} (0 … total frames) on, reading only the packet
     * that holds it and those after.
     *
     * @throws dev.fidelio.audio.UnsupportedAudioException when the file is not an MP4 with an ALAC track
     * @throws CorruptAudioException when its boxes or tables break the format's rules
     */
    public static AlacDecoder open(Path file, long startFrame) throws IOException {
        return CloseOnFailure.apply(FileChannel.open(file, StandardOpenOption.READ),
                channel -> new AlacDecoder(channel, Mp4AlacParser.parse(channel), startFrame));
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
    protected boolean decodeNextBlock() throws IOException {
        if (!cursor.hasPacket()) {
            return false;
        }
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
        offer(samples, (int) skip, (int) Math.min(frames, skip + remainingFrames()));
        cursor.advance();
        return true;
    }

    @Override
    public List<String> signalPath() {
        return List.of("ALAC " + format().shortForm());
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
