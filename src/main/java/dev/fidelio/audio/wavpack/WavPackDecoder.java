package dev.fidelio.audio.wavpack;

import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.PcmSource;
import dev.fidelio.audio.UnsupportedAudioException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Lossless WavPack (.wv, stream versions 4.02–4.16) decoded block by block; it holds one run of blocks (one block
 * per mono channel or stereo pair, from the initial to the final block) in memory. Channels come out in the order
 * the file stores them, which is WAV order.
 */
public final class WavPackDecoder implements PcmSource {

    private final FileChannel file;
    private final long fileSize;
    private final PcmFormat format;
    private final int shift;
    private final BlockDecoder blockDecoder = new BlockDecoder();
    private final byte[] header = new byte[BlockHeader.SIZE];
    private byte[] block = new byte[0];
    private int[] blockSamples = new int[0];
    private int[] samples = new int[0];
    private long position;
    private long remaining;
    private long skipFrames;
    private int bufferedStart;
    private int bufferedEnd;

    private WavPackDecoder(FileChannel file, PcmFormat format, int shift, long totalFrames) throws IOException {
        this.file = file;
        this.fileSize = file.size();
        this.format = format;
        this.shift = shift;
        this.remaining = totalFrames;
    }

    /**
     * Opens {@code file} to decode from frame {@code startFrame} on: block headers are scanned (skipping the block
     * bodies) to the block holding it, and the frames before it in that block are dropped.
     *
     * @throws UnsupportedAudioException for hybrid (lossy), DSD and floating-point files
     * @throws CorruptAudioException when blocks break the format's rules or fail their CRC while decoding
     */
    public static WavPackDecoder open(Path file, long startFrame) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            return open(channel, startFrame);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static WavPackDecoder open(FileChannel channel, long startFrame) throws IOException {
        WavPackDecoder probe = new WavPackDecoder(channel, new PcmFormat(1, 16, 1), 0, 0);
        BlockHeader first = probe.readHeader(0);
        if (first == null) {
            throw new UnsupportedAudioException("not a WavPack file (no 'wvpk' block at the start)");
        }
        long at = 0;
        BlockHeader audio = first;
        while (audio != null && audio.blockSamples() == 0) {
            at += audio.blockSize();
            audio = probe.readHeader(at);
        }
        if (audio == null) {
            throw new CorruptAudioException("WavPack file has no block with audio");
        }
        probe.readBlock(audio, at);
        if (audio.has(BlockHeader.DSD_FLAG)) {
            throw new UnsupportedAudioException("WavPack DSD (1-bit audio) is not supported");
        }
        BlockDecoder.StreamInfo info = BlockDecoder.streamInfo(probe.block, audio);
        int channels = info.channels() > 0 ? info.channels() : audio.channels();
        int rate = audio.standardSampleRate() > 0 ? audio.standardSampleRate() : info.sampleRate();
        int bits = audio.bytesPerSample() * 8 - audio.shift();
        if (channels > 8) {
            throw new UnsupportedAudioException("WavPack with " + channels + " channels is not supported (at most 8)");
        }
        if (rate <= 0 || rate > 12_288_000 || bits < 1) {
            throw new CorruptAudioException("WavPack file gives no usable sample rate or bit depth");
        }
        long total = first.totalSamples();
        if (startFrame < 0 || total >= 0 && startFrame > total) {
            throw new IllegalArgumentException("start frame " + startFrame + " is outside 0…" + total);
        }
        WavPackDecoder decoder = new WavPackDecoder(channel, new PcmFormat(rate, bits, channels), audio.shift(),
                total < 0 ? -1 : total - startFrame);
        decoder.seek(startFrame);
        return decoder;
    }

    /** Whether {@code head} (the first bytes of a file) starts a WavPack 4/5 stream. */
    public static boolean matches(byte[] head) {
        return BlockHeader.hasMagic(head) && head.length >= 10 && head[9] == 4;
    }

    /** Finds the first run of blocks whose samples reach past {@code frame}, reading only block headers. */
    private void seek(long frame) throws IOException {
        long at = 0;
        BlockHeader h;
        while ((h = readHeader(at)) != null) {
            if (h.blockSamples() > 0 && h.has(BlockHeader.INITIAL_BLOCK)
                    && h.blockIndex() + h.blockSamples() > frame) {
                if (h.blockIndex() > frame) {
                    throw new CorruptAudioException("WavPack blocks skip from before sample " + frame + " to "
                            + h.blockIndex());
                }
                position = at;
                skipFrames = frame - h.blockIndex();
                return;
            }
            at += h.blockSize();
        }
        position = at;
        if (remaining > 0) {
            throw new CorruptAudioException("WavPack file ends before sample " + frame);
        }
    }

    /** The header at {@code at}, or null where the blocks end (end of file, or a tag follows). */
    private BlockHeader readHeader(long at) throws IOException {
        if (fileSize - at < BlockHeader.SIZE) {
            return null;
        }
        readFully(ByteBuffer.wrap(header), at);
        if (!BlockHeader.hasMagic(header)) {
            return null;
        }
        BlockHeader h = BlockHeader.parse(header, at);
        if (h.blockSize() > fileSize - at) {
            throw new CorruptAudioException("WavPack block at byte " + at + " runs past the end of the file");
        }
        return h;
    }

    private void readBlock(BlockHeader h, long at) throws IOException {
        int size = (int) h.blockSize();
        if (block.length < size) {
            block = new byte[size];
        }
        readFully(ByteBuffer.wrap(block, 0, size), at);
    }

    private void readFully(ByteBuffer buffer, long at) throws IOException {
        long offset = at;
        while (buffer.hasRemaining()) {
            int n = file.read(buffer, offset);
            if (n < 0) {
                throw new CorruptAudioException("WavPack file ends in the middle of a block at byte " + offset);
            }
            offset += n;
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
            if (remaining == 0 || !decodeNextRun()) {
                if (remaining > 0) {
                    throw new CorruptAudioException("WavPack file ends " + remaining + " samples early");
                }
                return -1;
            }
        }
        int frames = Math.min(maxFrames, bufferedEnd - bufferedStart);
        int channels = format.channels();
        System.arraycopy(samples, bufferedStart * channels, buffer, 0, frames * channels);
        bufferedStart += frames;
        if (remaining > 0) {
            remaining -= frames;
        }
        return frames;
    }

    /** Decodes the blocks from an initial to a final block: every channel of one run of samples. */
    private boolean decodeNextRun() throws IOException {
        BlockHeader first;
        while ((first = readHeader(position)) != null && first.blockSamples() == 0) {
            position += first.blockSize();
        }
        if (first == null) {
            return false;
        }
        if (!first.has(BlockHeader.INITIAL_BLOCK)) {
            throw new CorruptAudioException("WavPack block at byte " + position + " does not start a channel run");
        }
        int frames = (int) first.blockSamples();
        int channels = format.channels();
        if (samples.length < frames * channels) {
            samples = new int[frames * channels];
            blockSamples = new int[frames * 2];
        }
        int channel = 0;
        BlockHeader h = first;
        while (true) {
            if (h.blockIndex() != first.blockIndex() || h.blockSamples() != first.blockSamples()) {
                throw new CorruptAudioException("WavPack blocks of one run differ in their samples");
            }
            if (h.shift() != shift || h.bytesPerSample() * 8 - h.shift() != format.bitsPerSample()) {
                throw new UnsupportedAudioException("WavPack file changes its bit depth mid-stream");
            }
            readBlock(h, position);
            position += h.blockSize();
            int width = blockDecoder.decode(block, h, blockSamples);
            if (channel + width > channels) {
                throw new CorruptAudioException("WavPack run holds more than " + channels + " channels");
            }
            for (int c = 0; c < width; c++) {
                for (int i = 0, o = channel + c; i < frames; i++, o += channels) {
                    samples[o] = blockSamples[i * width + c];
                }
            }
            channel += width;
            if (h.has(BlockHeader.FINAL_BLOCK)) {
                break;
            }
            h = readHeader(position);
            if (h == null) {
                throw new CorruptAudioException("WavPack file ends in the middle of a channel run");
            }
        }
        if (channel != channels) {
            throw new CorruptAudioException("WavPack run holds " + channel + " of " + channels + " channels");
        }
        bufferedStart = (int) Math.min(skipFrames, frames);
        bufferedEnd = remaining < 0 ? frames : (int) Math.min(frames, bufferedStart + remaining);
        skipFrames = 0;
        return true;
    }

    @Override
    public List<String> signalPath() {
        return List.of("WavPack " + format.shortForm());
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
