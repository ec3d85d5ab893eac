package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

/**
 * Native DFF (Philips DSDIFF): {@code FRM8/DSD } holding a {@code PROP/SND } chunk (sample rate {@code FS  },
 * channels {@code CHNL}, compression {@code CMPR}: plain DSD or DST), the sound data ({@code DSD } chunk, or a
 * {@code DST } chunk whose {@code FRTE} gives the frame count), an optional {@code ID3 } chunk and the edited-master
 * title and artist ({@code DITI}, {@code DIAR}), kept under those ids. All big-endian, sizes 64-bit.
 */
final class DffReader {

    private static final int MAX_CHUNKS = 10_000;

    private DffReader() {
    }

    static ProbedFile read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        in.format("DFF");
        in.skip(4);
        long formEnd = Math.min(in.size(), 12 + in.u64be());
        in.skip(4); // "DSD "
        Sound sound = new Sound();
        long soundBytes = -1;
        for (int chunk = 0; chunk < MAX_CHUNKS && formEnd - in.position() >= 12; chunk++) {
            String id = in.fourCc();
            long size = in.u64be();
            long start = in.position();
            if (size < 0 || start + size > in.size()) {
                if (id.equals("DSD ") || id.equals("DST ")) {
                    throw in.truncated("sound data ends after the file");
                }
                break;
            }
            BoundedInput.Limit form = in.narrow(start + size, Text.printable(id) + " chunk");
            switch (id) {
                case "PROP" -> {
                    if (in.fourCc().equals("SND ")) {
                        properties(in, sound);
                    }
                }
                case "DSD " -> soundBytes = size;
                case "DST " -> {
                    soundBytes = size;
                    dstFrames(in, sound);
                }
                case "ID3 " -> {
                    if (Id3v2Reader.isTagAt(in, start)) {
                        Id3v2Reader.read(in, out);
                    }
                }
                case "DIIN" -> editedMaster(in, out);
                default -> { }
            }
            in.restore(form);
            in.seek(Math.min(start + size + (size & 1), in.size()));
        }
        if (sound.sampleRate <= 0 || sound.channels <= 0) {
            throw in.malformed("no sample rate or channel count in PROP");
        }
        if (soundBytes < 0) {
            throw in.malformed("no DSD or DST sound data");
        }
        boolean dst = sound.compression.equals("DST ");
        long samples;
        double duration;
        if (dst) {
            if (sound.dstFrames < 0 || sound.dstFrameRate <= 0) {
                throw in.malformed("DST sound data without a frame count");
            }
            duration = (double) sound.dstFrames / sound.dstFrameRate;
            samples = sound.dstFrames * sound.sampleRate / sound.dstFrameRate;
        } else {
            samples = soundBytes * 8 / sound.channels;
            duration = (double) samples / sound.sampleRate;
        }
        int bitrate = dst ? Bitrate.kbps(soundBytes, duration) : Bitrate.kbps((long) sound.sampleRate * sound.channels);
        AudioProperties audio = new AudioProperties(AudioFormat.DFF, dst ? "DST" : "DSD", sound.sampleRate, 1,
                sound.channels, samples, duration, bitrate, sound.sampleRate, null);
        return out.probed(audio);
    }

    /** What PROP and the DST chunk say about the sound. */
    private static final class Sound {
        int sampleRate;
        int channels;
        String compression = "DSD ";
        long dstFrames = -1;
        int dstFrameRate;
    }

    private static void properties(BoundedInput in, Sound sound) throws UnreadableFileException {
        while (in.remaining() >= 12) {
            String id = in.fourCc();
            long size = in.u64be();
            if (size < 0 || size > in.remaining()) {
                throw in.malformed("a PROP property runs past the end of its PROP chunk");
            }
            long next = in.position() + size + (size & 1);
            switch (id) {
                case "FS  " -> sound.sampleRate = (int) Math.min(Integer.MAX_VALUE, in.u32be());
                case "CHNL" -> sound.channels = in.u16be();
                case "CMPR" -> sound.compression = in.fourCc();
                default -> { }
            }
            in.seek(Math.min(next, in.limit()));
        }
    }

    private static void dstFrames(BoundedInput in, Sound sound) throws UnreadableFileException {
        if (in.remaining() >= 18 && in.fourCc().equals("FRTE")) {
            in.skip(8);
            sound.dstFrames = in.u32be();
            sound.dstFrameRate = in.u16be();
        }
    }

    /** DIIN holds DIAR (artist) and DITI (title): a 32-bit length, then text in no declared encoding. */
    private static void editedMaster(BoundedInput in, TagCollector out) throws UnreadableFileException {
        while (in.remaining() >= 12) {
            String id = in.fourCc();
            long size = in.u64be();
            if (size < 0 || size > in.remaining()) {
                return;
            }
            long next = in.position() + size + (size & 1);
            if ((id.equals("DIAR") || id.equals("DITI")) && size >= 4) {
                long length = in.u32be();
                if (length <= size - 4 && length <= TagCollector.MAX_VALUE_BYTES) {
                    byte[] text = in.bytes((int) length);
                    out.add(id, Text.withoutTrailingNuls(Text.utf8OrLatin1(text, 0, text.length)));
                }
            }
            in.seek(Math.min(next, in.limit()));
        }
    }
}
