package dev.fidelio.index.probe;

import dev.fidelio.library.AudioFormat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Native MP4/M4A: walks the atom tree without reading media. The first sound track gives the codec from its sample
 * entry ({@code alac}: ALAC, with bit depth and rate from its magic cookie; {@code mp4a}: AAC, with the
 * AudioSpecificConfig and average bitrate from {@code esds}) and the duration from {@code mdhd}, or, in fragmented
 * files (streaming/DASH style), from the sample runs of every fragment ({@code moof}). iTunes metadata in
 * {@code ilst} is kept under the item atom names ({@code ©nam}, {@code trkn} as "n/total", freeform items as
 * {@code ----:<mean>:<name>}); {@code covr} images are described where they lie.
 */
final class Mp4Reader {

    private static final int MAX_DEPTH = 12;
    private static final int MAX_ATOMS = 100_000;
    private static final int DATA_UTF8 = 1;
    private static final int DATA_UTF16 = 2;
    private static final int DATA_UTF8_SORT = 4;
    private static final int DATA_UTF16_SORT = 5;
    private static final int DATA_JPEG = 13;
    private static final int DATA_PNG = 14;
    private static final int DATA_BMP = 27;
    private static final int DATA_SIGNED = 21;
    private static final int DATA_UNSIGNED = 22;
    private static final int DATA_FLOAT32 = 23;
    private static final int DATA_FLOAT64 = 24;
    private static final int MAX_NAME_LENGTH = 1024;
    private static final int[] AAC_SAMPLE_RATES = {96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000,
            12000, 11025, 8000, 7350};

    private final BoundedInput in;
    private final TagCollector out;
    private final List<Track> tracks = new ArrayList<>();
    private Track track;
    /** The track a {@code traf} being read belongs to, with its default sample duration there. */
    private Track fragment;
    private long fragmentSampleDuration;
    private long movieTimescale;
    private long movieDuration;
    private long mediaBytes = -1;
    private int atoms;

    private Mp4Reader(BoundedInput in, TagCollector out) {
        this.in = in;
        this.out = out;
    }

    static ProbedFile read(BoundedInput in, TagCollector out) throws UnreadableFileException {
        in.format("MP4");
        return new Mp4Reader(in, out).read();
    }

    /** What one {@code trak} says about itself; codec fields stay empty for tracks that are not sound. */
    private static final class Track {
        String handler = "";
        long timescale;
        long duration;
        String entry;
        int entryChannels;
        int entryRate;
        int alacBits;
        int alacChannels;
        long alacRate;
        int objectType;
        long averageBitrate;
        AudioConfig config;
        /** From the edit list: where presentation starts in the media (encoder delay) and how long it lasts. */
        long editMediaTime = -1;
        long editDuration;
        /** Fragmented files: the track's id, its default sample duration (trex), and the media time its fragments hold. */
        long id = -1;
        long defaultSampleDuration;
        long fragmentUnits;
    }

    /** The parts of an MPEG-4 AudioSpecificConfig that describe the output. */
    private record AudioConfig(int objectType, int sampleRate, int channels) {
    }

    private ProbedFile read() throws UnreadableFileException {
        children(in.size(), "file", 0);
        Track sound = tracks.stream().filter(t -> t.handler.equals("soun") && t.entry != null).findFirst().orElse(null);
        if (sound == null) {
            throw in.malformed("no audio track");
        }
        if (mediaBytes < 0) {
            throw in.truncated("no media data");
        }
        boolean alac = sound.entry.equals("alac");
        boolean mp3 = sound.objectType == 0x69 || sound.objectType == 0x6B;
        if (!alac && !sound.entry.equals("mp4a")) {
            throw new UnreadableFileException("unsupported MP4 audio codec '" + Text.printable(sound.entry) + "'");
        }
        AudioConfig config = sound.config;
        int sampleRate = alac && sound.alacRate > 0 ? (int) Math.min(Integer.MAX_VALUE, sound.alacRate)
                : config != null && config.sampleRate > 0 ? config.sampleRate
                : sound.entryRate > 0 ? sound.entryRate : (int) Math.min(Integer.MAX_VALUE, sound.timescale);
        int channels = alac && sound.alacChannels > 0 ? sound.alacChannels
                : config != null && config.channels > 0 ? config.channels : sound.entryChannels;
        if (sound.duration == 0) {
            sound.duration = sound.fragmentUnits; // fragmented: the movie header knows only what precedes the fragments
        }
        long mediaUnits = presentedUnits(sound);
        double duration = sound.timescale > 0 && mediaUnits > 0 ? (double) mediaUnits / sound.timescale
                : movieTimescale > 0 ? (double) movieDuration / movieTimescale : 0;
        if (!(duration > 0) || sampleRate <= 0 || channels <= 0) {
            throw in.malformed("no duration, sample rate or channel count");
        }
        long samples = sound.timescale == sampleRate && mediaUnits > 0 ? mediaUnits : Math.round(duration * sampleRate);
        int bitrate = !alac && sound.averageBitrate > 0 ? (int) Math.round(sound.averageBitrate / 1000.0)
                : Bitrate.kbps(mediaBytes, duration);
        AudioFormat format = alac ? AudioFormat.ALAC : mp3 ? AudioFormat.MP3 : AudioFormat.AAC;
        String codec = alac ? "ALAC" : mp3 ? "MP3" : aacName(config);
        return out.probed(new AudioProperties(format, codec, sampleRate, alac ? sound.alacBits : 0, channels, samples,
                duration, bitrate, 0, null));
    }

    /** The track's duration in its own timescale, less what its edit list leaves out. */
    private long presentedUnits(Track sound) {
        if (sound.editMediaTime < 0 || movieTimescale <= 0 || sound.timescale <= 0) {
            return sound.duration;
        }
        long edited = Math.round((double) sound.editDuration * sound.timescale / movieTimescale);
        long remaining = sound.duration - sound.editMediaTime;
        return edited > 0 && remaining > 0 ? Math.min(edited, remaining) : sound.duration;
    }

    private static String aacName(AudioConfig config) {
        int type = config == null ? 2 : config.objectType;
        return switch (type) {
            case 5 -> "HE-AAC";
            case 29 -> "HE-AAC v2";
            case 23 -> "AAC-LD";
            case 39 -> "AAC-ELD";
            case 42 -> "xHE-AAC";
            default -> "AAC";
        };
    }

    /** The atoms from the position to {@code end}. */
    private void children(long end, String parent, int depth) throws UnreadableFileException {
        // narrow() reports an atom running past the file as truncated, and one running past its parent as malformed.
        while (end - in.position() >= 8) {
            if (++atoms > MAX_ATOMS) {
                throw in.malformed("more than " + MAX_ATOMS + " atoms");
            }
            long start = in.position();
            long size = in.u32be();
            String type = in.fourCc();
            if (size == 1) {
                size = in.u64be();
            } else if (size == 0) {
                size = end - start; // "to the end of the file"
            }
            long atomEnd = start + size;
            String name = "'" + Text.printable(type) + "' atom";
            if (size < in.position() - start) {
                throw in.malformed(name + " has an invalid size");
            }
            if (atomEnd > end && depth == 0 && !type.equals("moov") && !type.equals("mdat") && atomEnd > in.size()) {
                return; // trailing junk cut short: the movie is complete without it
            }
            BoundedInput.Limit enclosing = in.narrow(atomEnd, name);
            atom(type, parent, atomEnd, depth);
            in.restore(enclosing);
            in.seek(atomEnd);
        }
    }

    private void atom(String type, String parent, long end, int depth) throws UnreadableFileException {
        if (depth >= MAX_DEPTH) {
            return;
        }
        switch (type) {
            case "moov", "mdia", "minf", "stbl", "udta", "edts", "mvex", "moof" -> children(end, type, depth + 1);
            case "tkhd" -> {
                if (track != null) {
                    int version = in.u8();
                    in.skip(3 + (version == 1 ? 16 : 8));
                    track.id = in.u32be();
                }
            }
            case "trex" -> {
                in.skip(4);
                Track target = trackWithId(in.u32be());
                in.skip(4); // default sample description index
                if (target != null) {
                    target.defaultSampleDuration = in.u32be();
                }
            }
            case "traf" -> {
                fragment = null;
                children(end, type, depth + 1);
                fragment = null;
            }
            case "tfhd" -> trackFragmentHeader();
            case "trun" -> trackRun();
            case "trak" -> {
                track = new Track();
                tracks.add(track);
                children(end, type, depth + 1);
                track = null;
            }
            case "meta" -> {
                // ISO meta is a full box; QuickTime's is not, and then its first child (hdlr) starts at once.
                if (!in.matches(in.position() + 4, "hdlr")) {
                    in.skip(4);
                }
                children(end, type, depth + 1);
            }
            case "mvhd" -> {
                long[] header = mediaHeader();
                movieTimescale = header[0];
                movieDuration = header[1];
            }
            case "mdhd" -> {
                if (track != null) {
                    long[] header = mediaHeader();
                    track.timescale = header[0];
                    track.duration = header[1];
                }
            }
            case "hdlr" -> {
                if (track != null && parent.equals("mdia")) {
                    in.skip(8); // version, flags, pre-defined
                    track.handler = in.fourCc();
                }
            }
            case "elst" -> {
                if (track != null) {
                    editList();
                }
            }
            case "stsd" -> {
                if (track != null) {
                    sampleDescription();
                }
            }
            case "ilst" -> items(end);
            case "mdat" -> mediaBytes = Math.max(0, mediaBytes) + (end - in.position());
            default -> { }
        }
    }

    /**
     * Encoders put the AAC priming samples in the media and an edit that skips them; players honour it, so the
     * duration is that of the edit. Only the common single-edit case is used; empty edits (delays) are ignored.
     */
    private void editList() throws UnreadableFileException {
        int version = in.u8();
        in.skip(3);
        long entries = in.u32be();
        int media = 0;
        for (long i = 0; i < entries && in.remaining() >= (version == 1 ? 20 : 12); i++) {
            long segment = version == 1 ? in.u64be() : in.u32be();
            long mediaTime = version == 1 ? in.u64be() : (int) in.u32be();
            in.skip(4); // rate
            if (mediaTime >= 0) {
                media++;
                track.editMediaTime = mediaTime;
                track.editDuration = segment;
            }
        }
        if (media != 1) {
            track.editMediaTime = -1;
        }
    }

    private Track trackWithId(long id) {
        return tracks.stream().filter(t -> t.id == id).findFirst().orElse(null);
    }

    /** tfhd: the track a fragment belongs to, and optionally the duration of its samples. */
    private void trackFragmentHeader() throws UnreadableFileException {
        in.skip(1);
        int flags = in.u24be();
        fragment = trackWithId(in.u32be());
        if (fragment == null) {
            return;
        }
        in.skip(((flags & 0x01) != 0 ? 8 : 0) + ((flags & 0x02) != 0 ? 4 : 0)); // base data offset, description index
        fragmentSampleDuration = (flags & 0x08) != 0 ? in.u32be() : fragment.defaultSampleDuration;
    }

    /** trun: a run of samples, each with its own duration or the fragment's default one. */
    private void trackRun() throws UnreadableFileException {
        if (fragment == null) {
            return;
        }
        in.skip(1);
        int flags = in.u24be();
        long count = in.u32be();
        in.skip(((flags & 0x01) != 0 ? 4 : 0) + ((flags & 0x04) != 0 ? 4 : 0)); // data offset, first sample flags
        if ((flags & 0x100) == 0) {
            fragment.fragmentUnits += count * fragmentSampleDuration;
            return;
        }
        int entry = 4 * Integer.bitCount(flags & 0xF00);
        if (count * entry > in.remaining()) {
            throw in.malformed("'trun' atom lists more samples than it holds");
        }
        for (long i = 0; i < count; i++) {
            fragment.fragmentUnits += in.u32be();
            in.skip(entry - 4);
        }
    }

    /** mvhd and mdhd: version, flags, two dates, then the timescale and the duration. */
    private long[] mediaHeader() throws UnreadableFileException {
        int version = in.u8();
        in.skip(3);
        in.skip(version == 1 ? 16 : 8);
        long timescale = in.u32be();
        long duration = version == 1 ? in.u64be() : in.u32be();
        return new long[] {timescale, duration};
    }

    /** The first sample entry: an AudioSampleEntry (QuickTime versions 0 to 2) and its codec configuration atoms. */
    private void sampleDescription() throws UnreadableFileException {
        in.skip(4); // version, flags
        if (in.u32be() == 0) {
            return;
        }
        long start = in.position();
        long size = in.u32be();
        track.entry = in.fourCc();
        if (size < 36 || start + size > in.limit()) {
            return;
        }
        BoundedInput.Limit description = in.narrow(start + size, "sample entry");
        in.skip(8); // reserved, data reference index
        int version = in.u16be();
        in.skip(6); // revision, vendor
        track.entryChannels = in.u16be();
        in.skip(6); // sample size, compression id, packet size
        track.entryRate = (int) (in.u32be() >>> 16);
        if (version == 1) {
            in.skip(16);
        } else if (version == 2) {
            in.skip(4);
            track.entryRate = (int) Math.min(Integer.MAX_VALUE, Math.round(Double.longBitsToDouble(in.u64be())));
            track.entryChannels = (int) Math.min(Integer.MAX_VALUE, in.u32be());
            in.skip(20);
        }
        codecAtoms(start + size, 0);
        in.restore(description);
    }

    /** esds and alac, also when QuickTime wraps them in a {@code wave} atom. */
    private void codecAtoms(long end, int depth) throws UnreadableFileException {
        while (end - in.position() >= 8 && depth < 4) {
            long start = in.position();
            long size = in.u32be();
            String type = in.fourCc();
            if (size < 8 || start + size > end) {
                return;
            }
            BoundedInput.Limit entry = in.narrow(start + size, "'" + Text.printable(type) + "' atom");
            switch (type) {
                case "wave" -> codecAtoms(start + size, depth + 1);
                case "esds" -> {
                    in.skip(4);
                    descriptors();
                }
                case "alac" -> {
                    if (size >= 36) {
                        in.skip(4 + 5); // version, flags; frame length, compatible version
                        track.alacBits = in.u8();
                        in.skip(3); // rice parameters
                        track.alacChannels = in.u8();
                        in.skip(10); // max run, max frame bytes, average bitrate
                        track.alacRate = in.u32be();
                    }
                }
                default -> { }
            }
            in.restore(entry);
            in.seek(start + size);
        }
    }

    /** MPEG-4 descriptors: ES (0x03) holds DecoderConfig (0x04), which holds the AudioSpecificConfig (0x05). */
    private void descriptors() throws UnreadableFileException {
        while (in.remaining() >= 2) {
            int tag = in.u8();
            long length = 0;
            for (int i = 0; i < 4; i++) {
                int b = in.u8();
                length = length << 7 | b & 0x7F;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            if (length > in.remaining()) {
                return;
            }
            long next = in.position() + length;
            switch (tag) {
                case 0x03 -> {
                    in.skip(2);
                    int flags = in.u8();
                    in.skip(((flags & 0x80) != 0 ? 2 : 0) + ((flags & 0x20) != 0 ? 2 : 0));
                    if ((flags & 0x40) != 0) {
                        in.skip(in.u8());
                    }
                    continue; // the nested descriptors follow
                }
                case 0x04 -> {
                    track.objectType = in.u8();
                    in.skip(8); // stream type, buffer size, max bitrate
                    track.averageBitrate = in.u32be();
                    continue;
                }
                case 0x05 -> track.config = audioConfig(in.bytes((int) Math.min(length, 64)));
                default -> { }
            }
            in.seek(next);
        }
    }

    private static AudioConfig audioConfig(byte[] bytes) {
        Bits bits = new Bits(bytes);
        int type = bits.read(5);
        if (type == 31) {
            type = 32 + bits.read(6);
        }
        int rate = rate(bits);
        int channelConfig = bits.read(4);
        if (type == 5 || type == 29) {
            rate = rate(bits); // the SBR output rate
        }
        int channels = type == 29 ? 2 : channelConfig == 7 ? 8 : channelConfig <= 6 ? channelConfig : 0;
        return bits.overrun() ? null : new AudioConfig(type, rate, channels);
    }

    private static int rate(Bits bits) {
        int index = bits.read(4);
        return index == 15 ? bits.read(24) : index < AAC_SAMPLE_RATES.length ? AAC_SAMPLE_RATES[index] : 0;
    }

    /** A big-endian bit reader over a few bytes; reading past the end yields zeros and is reported. */
    private static final class Bits {
        private final byte[] bytes;
        private int position;

        Bits(byte[] bytes) {
            this.bytes = bytes;
        }

        int read(int count) {
            int value = 0;
            for (int i = 0; i < count; i++, position++) {
                int bit = position / 8 < bytes.length ? bytes[position / 8] >> (7 - position % 8) & 1 : 0;
                value = value << 1 | bit;
            }
            return value;
        }

        boolean overrun() {
            return position > bytes.length * 8;
        }
    }

    /** iTunes items: each atom holds optional {@code mean} and {@code name}, then one {@code data} atom per value. */
    private void items(long end) throws UnreadableFileException {
        while (end - in.position() >= 8) {
            long start = in.position();
            long size = in.u32be();
            String item = in.fourCc();
            if (size < 8 || start + size > end) {
                return;
            }
            BoundedInput.Limit list = in.narrow(start + size, "'" + Text.printable(item) + "' item");
            String mean = "";
            String name = "";
            while (in.remaining() >= 8) {
                long childStart = in.position();
                long childSize = in.u32be();
                String type = in.fourCc();
                if (childSize < 8 || childSize > in.remaining() + 8) {
                    break;
                }
                long childEnd = childStart + childSize;
                long length = childEnd - in.position();
                if (type.equals("mean") || type.equals("name")) {
                    String text = length >= 4 && length <= MAX_NAME_LENGTH ? text(length) : "";
                    if (type.equals("mean")) {
                        mean = text;
                    } else {
                        name = text;
                    }
                } else if (type.equals("data") && length >= 8) {
                    long dataType = in.u32be() & 0xFF_FFFF;
                    in.skip(4); // locale
                    String key = item.equals("----") ? "----:" + mean + ":" + name : item;
                    value(key, item, (int) dataType, in.position(), childEnd - in.position());
                }
                in.seek(childEnd);
            }
            in.restore(list);
            in.seek(start + size);
        }
    }

    /** A {@code mean} or {@code name} atom: version and flags, then UTF-8. */
    private String text(long length) throws UnreadableFileException {
        in.skip(4);
        return Text.utf8(in.bytes((int) length - 4));
    }

    private void value(String key, String item, int type, long start, long length) throws UnreadableFileException {
        switch (type) {
            case DATA_JPEG, DATA_PNG, DATA_BMP -> picture(item, start, length, type);
            case DATA_UTF8, DATA_UTF8_SORT, DATA_UTF16, DATA_UTF16_SORT -> {
                if (length <= TagCollector.MAX_VALUE_BYTES) {
                    byte[] text = in.bytes((int) length);
                    boolean utf16 = type == DATA_UTF16 || type == DATA_UTF16_SORT;
                    out.add(key, utf16 ? new String(text, StandardCharsets.UTF_16BE) : Text.utf8(text));
                }
            }
            case DATA_SIGNED, DATA_UNSIGNED -> {
                if (length >= 1 && length <= 8) {
                    long value = 0;
                    for (int i = 0; i < length; i++) {
                        value = value << 8 | in.u8();
                    }
                    if (type == DATA_SIGNED && length < 8) {
                        value = value << (64 - 8 * length) >> (64 - 8 * length);
                    }
                    boolean unsigned64 = type == DATA_UNSIGNED && length == 8;
                    out.add(key, unsigned64 ? Long.toUnsignedString(value) : Long.toString(value));
                }
            }
            case DATA_FLOAT32 -> {
                if (length == 4) {
                    out.add(key, Float.toString(Float.intBitsToFloat((int) in.u32be())));
                }
            }
            case DATA_FLOAT64 -> {
                if (length == 8) {
                    out.add(key, Double.toString(Double.longBitsToDouble(in.u64be())));
                }
            }
            case 0 -> implicit(key, item, start, length);
            default -> { }
        }
    }

    /** Items whose type iTunes leaves implicit: position pairs, the old numeric genre, untyped cover art. */
    private void implicit(String key, String item, long start, long length) throws UnreadableFileException {
        switch (item) {
            case "trkn", "disk" -> {
                if (length >= 6) {
                    in.skip(2);
                    int number = in.u16be();
                    int total = in.u16be();
                    out.add(key, total > 0 ? number + "/" + total : Integer.toString(number));
                }
            }
            case "gnre" -> {
                // The atom holds the ID3v1 genre code plus one; it is kept as that code, in ID3's "(n)" form.
                int code = length == 2 ? in.u16be() - 1 : -1;
                if (code >= 0) {
                    out.add(key, "(" + code + ")");
                }
            }
            case "covr" -> picture(item, start, length, 0);
            default -> { }
        }
    }

    private void picture(String item, long offset, long length, int type) throws UnreadableFileException {
        if (length <= 0 || length > Integer.MAX_VALUE) {
            return;
        }
        ImageHeader image = ImageHeader.read(in, offset, length);
        String declared = switch (type) {
            case DATA_JPEG -> "image/jpeg";
            case DATA_PNG -> "image/png";
            case DATA_BMP -> "image/bmp";
            default -> null;
        };
        if (declared == null && image.mimeType() == null) {
            return;
        }
        int pictureType = item.equals("covr") ? EmbeddedPicture.FRONT_COVER : 0;
        out.addPicture(new EmbeddedPicture(pictureType, image.mimeTypeOr(declared), image.width(), image.height(),
                offset, (int) length), () -> in.bytesAt(offset, length));
    }
}
