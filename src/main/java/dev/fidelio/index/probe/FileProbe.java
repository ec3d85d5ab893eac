package dev.fidelio.index.probe;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads one audio file: its exact audio properties, every tag as the container spells it, and where its embedded
 * pictures are. The format is told by content ({@link FormatSniffer}); every format is parsed natively, reading
 * headers and tags only, with every length checked against the file size and fixed caps
 * ({@link BoundedInput}, {@link TagCollector}). No audio is decoded, and no picture is loaded unless
 * {@link #cover} asks for the cover's image.
 *
 * <p>Anything that keeps a file from being indexed comes out as an {@link UnreadableFileException} with a short
 * reason; nothing else is thrown. Stateless, so one instance serves any number of threads.
 *
 * <p>Choices where files are damaged: a FLAC, WAV, AIFF, DSF or DFF whose audio ends before its headers say is
 * unreadable ("truncated ..."), except a WAV whose data size is a streaming placeholder (0 or 0xFFFFFFFF), which is
 * taken to run to the end of the file. Inside a tag, a damaged ID3v2 frame or APE item ends that tag quietly (what
 * came before is kept), as players do; but a Vorbis comment block whose count or lengths are impossible, and an
 * ID3v2 tag overrunning its chunk or the file, make the file unreadable: the structure around them is not to be
 * trusted either. Tag values over 1 MiB are dropped, never cut.
 */
public final class FileProbe {

    public ProbedFile probe(Path file) throws UnreadableFileException {
        return read(file, new TagCollector());
    }

    /**
     * The file's cover ({@link EmbeddedPicture#cover}) with its image bytes, found by the same parsing as
     * {@link #probe}; empty when the file holds no picture. Pictures of more than 16 MiB are refused.
     */
    public Optional<ExtractedPicture> cover(Path file) throws UnreadableFileException {
        TagCollector out = TagCollector.keepingCover();
        read(file, out);
        return out.cover();
    }

    private static ProbedFile read(Path file, TagCollector out) throws UnreadableFileException {
        try {
            // Opening a named pipe for reading would wait for a writer: only regular files are opened.
            if (!Files.readAttributes(file, BasicFileAttributes.class).isRegularFile()) {
                throw new UnreadableFileException("cannot read: not a regular file");
            }
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + describe(e), e);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                throw new UnreadableFileException("empty file");
            }
            BoundedInput in = new BoundedInput(channel, size);
            FormatSniffer.Sniffed sniffed = FormatSniffer.sniff(in);
            return switch (sniffed.container()) {
                case FLAC -> FlacReader.read(in, sniffed.start(), out);
                case RIFF -> RiffReader.read(in, out);
                case AIFF -> AiffReader.read(in, out);
                case WAVPACK -> WavPackReader.read(in, out);
                case DSF -> DsfReader.read(in, out);
                case DFF -> DffReader.read(in, out);
                case MP4 -> Mp4Reader.read(in, out);
                case MP3 -> Mp3Reader.read(in, out);
                case OGG -> OggReader.read(in, out);
            };
        } catch (IOException e) {
            throw new UnreadableFileException("cannot read: " + describe(e), e);
        } catch (RuntimeException e) {
            // A reader bug must cost one file, not the scan; the cause keeps the evidence.
            throw new UnreadableFileException("cannot parse: " + e, e);
        }
    }

    /** A short reason for an I/O failure, without the stack of wrapping messages. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
