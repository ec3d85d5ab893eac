package dev.fidelio.audio.wavpack;

import dev.fidelio.audio.BlockPcmSource;
import dev.fidelio.audio.CorruptAudioException;
import dev.fidelio.audio.PcmFormat;
import dev.fidelio.audio.UnsupportedAudioException;
import dev.fidelio.audio.io.CloseOnFailure;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Lossless WavPack (.wv, stream versions 4.02–4.16) decoded block by block; it holds one run of blocks (one block
 * per mono channel or stereo pair, from the initial to the final block) in memory. Channels come out in the order
 * the file stores them, which is WAV order.
 */
public final class WavPackDecoder extends BlockPcmSource {

    private final BlockReader blocks;
    private final int shift;
    private final BlockDecoder blockDecoder = new BlockDecoder();
    private int[] blockSamples = new int[0];
    private int[] samples = new int[0];
    /** Where the next block header is in the file. */
    private long blockOffset;
    private long skipFrames;

    private WavPackDecoder(BlockReader blocks, PcmFormat format, int shift, long totalFrames, long startFrame) {
        super(format, totalFrames, startFrame);
        this.blocks = blocks;
        this.shift = shift;
    }

    /**
     * Opens {@code file} to decode from frame {@code startFrame} on: block headers are scanned (skipping the block
     * bodies) to the block holding it, and the frames before it in that block are dropped.
     *
     * @throws UnsupportedAudioException for hybrid (lossy), DSD and floating-point files
     * @throws CorruptAudioException when blocks break the format's rules or fail their CRC while decoding
     */
    public static WavPackDecoder open(Path file, long startFrame) throws IOException {
        return CloseOnFailure.apply(FileChannel.open(file, StandardOpenOption.READ),
                channel -> open(new BlockReader(channel), startFrame));
    }

    private static WavPackDecoder open(BlockReader blocks, long startFrame) throws IOException {
        BlockHeader first = blocks.headerAt(0);
        if (first == null) {
            throw new UnsupportedAudioException("not a WavPack file (no 'wvpk' block at the start)");
        }
        long at = 0;
        BlockHeader audio = first;
        while (audio != null && audio.blockSamples() == 0) {
            at += audio.blockSize();
            audio = blocks.headerAt(at);
        }
        if (audio == null) {
            throw new CorruptAudioException("WavPack file has no block with audio");
        }
        BlockReader.requireNotDsd(audio);
        BlockDecoder.StreamInfo info = BlockDecoder.streamInfo(blocks.blockAt(audio, at), audio);
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
        WavPackDecoder decoder = new WavPackDecoder(blocks, new PcmFormat(rate, bits, channels), audio.shift(),
                total < 0 ? -1 : total, startFrame);
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
        while ((h = blocks.headerAt(at)) != null) {
            if (h.blockSamples() > 0 && h.has(BlockHeader.INITIAL_BLOCK)
                    && h.blockIndex() + h.blockSamples() > frame) {
                if (h.blockIndex() > frame) {
                    throw new CorruptAudioException("WavPack blocks skip from before sample " + frame + " to "
                            + h.blockIndex());
                }
                blockOffset = at;
                skipFrames = frame - h.blockIndex();
                return;
            }
            at += h.blockSize();
        }
        blockOffset = at;
        if (remainingFrames() > 0) {
            throw new CorruptAudioException("WavPack file ends before sample " + frame);
        }
    }

    /** Decodes the blocks from an initial to a final block: every channel of one run of samples. */
    @Override
    protected boolean decodeNextBlock() throws IOException {
        BlockHeader first;
        while ((first = blocks.headerAt(blockOffset)) != null && first.blockSamples() == 0) {
            blockOffset += first.blockSize();
        }
        if (first == null) {
            if (remainingFrames() > 0) {
                throw new CorruptAudioException("WavPack file ends " + remainingFrames() + " samples early");
            }
            return false;
        }
        if (!first.has(BlockHeader.INITIAL_BLOCK)) {
            throw new CorruptAudioException("WavPack block at byte " + blockOffset + " does not start a channel run");
        }
        int frames = (int) first.blockSamples();
        int channels = format().channels();
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
            if (h.shift() != shift || h.bytesPerSample() * 8 - h.shift() != format().bitsPerSample()) {
                throw new UnsupportedAudioException("WavPack file changes its bit depth mid-stream");
            }
            byte[] block = blocks.blockAt(h, blockOffset);
            blockOffset += h.blockSize();
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
            h = blocks.headerAt(blockOffset);
            if (h == null) {
                throw new CorruptAudioException("WavPack file ends in the middle of a channel run");
            }
        }
        if (channel != channels) {
            throw new CorruptAudioException("WavPack run holds " + channel + " of " + channels + " channels");
        }
        int from = (int) Math.min(skipFrames, frames);
        long remaining = remainingFrames();
        offer(samples, from, remaining < 0 ? frames : (int) Math.min(frames, from + remaining));
        skipFrames = 0;
        return true;
    }

    @Override
    public List<String> signalPath() {
        return List.of("WavPack " + format().shortForm());
    }

    @Override
    public void close() throws IOException {
        blocks.close();
    }
}
