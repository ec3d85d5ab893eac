package dev.fidelio.index.probe;

/**
 * Walks the chunks of RIFF (WAV) and AIFF files: a four-character id, a 32-bit size, the body padded to an even
 * length. The audio chunk is handed over as it is, since its size may need correcting (streaming placeholders,
 * RF64); every other chunk is read inside a limit at its end, and ID3v2 chunks become tags here for both formats.
 */
final class IffChunks {

    private static final int MAX_CHUNKS = 10_000;

    /** Reads the audio chunk's header and returns the size that really applies to it. */
    interface AudioChunk {
        long read(long declaredSize, long start) throws UnreadableFileException;
    }

    interface Chunk {
        void read(String id, long size, long start) throws UnreadableFileException;
    }

    private IffChunks() {
    }

    static void walk(BoundedInput in, boolean bigEndian, String audioId, TagCollector tags, AudioChunk audio, Chunk chunk)
            throws UnreadableFileException {
        for (int n = 0; n < MAX_CHUNKS && in.size() - in.position() >= 8; n++) {
            String id = in.fourCc();
            long size = bigEndian ? in.u32be() : in.u32le();
            long start = in.position();
            if (id.equals(audioId)) {
                size = audio.read(size, start);
            } else if (start + size <= in.size()) {
                BoundedInput.Limit limit = in.narrow(start + size, Text.printable(id) + " chunk");
                if (id.equals("ID3 ") || id.equals("id3 ")) {
                    if (Id3v2Reader.isTagAt(in, start)) {
                        Id3v2Reader.read(in, tags);
                    }
                } else {
                    chunk.read(id, size, start);
                }
                in.restore(limit);
            }
            long next = start + size + (size & 1);
            if (next > in.size()) {
                break;
            }
            in.seek(next);
        }
    }
}
