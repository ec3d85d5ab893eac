package dev.fidelio.testmusic;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RIFF/WAVE PCM writer. Chunk order is {@code fmt }, {@code LIST/INFO}, {@code data}, {@code id3 }: INFO carries the
 * basic fields for simple players, the ID3v2.4 chunk carries every tag (and is the only one that can hold several
 * values per field or non-Latin text reliably).
 */
public final class WavWriter {

    private static final short WAVE_FORMAT_PCM = 1;
    private static final short WAVE_FORMAT_EXTENSIBLE = (short) 0xFFFE;
    /** KSDATAFORMAT_SUBTYPE_PCM, 00000001-0000-0010-8000-00aa00389b71, in its on-disk byte order. */
    private static final byte[] SUBTYPE_PCM = {1, 0, 0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71};
    private static final int[] SPEAKER_MASKS = {0x4, 0x3}; // mono: front centre; stereo: front left + right
    private static final Map<String, String> INFO_FIELDS = infoFields();

    private WavWriter() {
    }

    public static byte[] write(Pcm pcm, Map<String, List<String>> tags, EncodedImage cover) {
        byte[] body = Bytes.concat(
                "WAVE".getBytes(StandardCharsets.US_ASCII),
                Chunk.of("fmt ", format(pcm), ByteOrder.LITTLE_ENDIAN),
                Chunk.of("LIST", info(tags), ByteOrder.LITTLE_ENDIAN),
                Chunk.of("data", pcm.interleaved(ByteOrder.LITTLE_ENDIAN), ByteOrder.LITTLE_ENDIAN),
                Chunk.of("id3 ", Id3v2Writer.write(tags, cover), ByteOrder.LITTLE_ENDIAN));
        return Chunk.of("RIFF", body, ByteOrder.LITTLE_ENDIAN);
    }

    /** WAVE_FORMAT_EXTENSIBLE is required for more than 16 bits or more than two channels. */
    private static byte[] format(Pcm pcm) {
        boolean extensible = pcm.bitsPerSample() > 16 || pcm.channels() > 2;
        int blockAlign = pcm.channels() * pcm.bytesPerSample();
        ByteBuffer fmt = ByteBuffer.allocate(extensible ? 40 : 16).order(ByteOrder.LITTLE_ENDIAN)
                .putShort(extensible ? WAVE_FORMAT_EXTENSIBLE : WAVE_FORMAT_PCM)
                .putShort((short) pcm.channels())
                .putInt(pcm.sampleRate())
                .putInt(pcm.sampleRate() * blockAlign)
                .putShort((short) blockAlign)
                .putShort((short) (8 * pcm.bytesPerSample()));
        if (extensible) {
            fmt.putShort((short) 22)
                    .putShort((short) pcm.bitsPerSample())
                    .putInt(pcm.channels() <= SPEAKER_MASKS.length ? SPEAKER_MASKS[pcm.channels() - 1] : 0)
                    .put(SUBTYPE_PCM);
        }
        return fmt.array();
    }

    /** INFO strings are NUL-terminated; several values are joined with "; " because INFO has one value per field. */
    private static byte[] info(Map<String, List<String>> tags) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("INFO".getBytes(StandardCharsets.US_ASCII));
        INFO_FIELDS.forEach((id, key) -> {
            List<String> values = tags.get(key);
            if (values != null) {
                byte[] text = (String.join("; ", values) + "\0").getBytes(StandardCharsets.UTF_8);
                out.writeBytes(Chunk.of(id, text, ByteOrder.LITTLE_ENDIAN));
            }
        });
        return out.toByteArray();
    }

    private static Map<String, String> infoFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("INAM", "TITLE");
        fields.put("IART", "ARTIST");
        fields.put("IPRD", "ALBUM");
        fields.put("ITRK", "TRACKNUMBER");
        fields.put("ICRD", "DATE");
        fields.put("IGNR", "GENRE");
        return fields;
    }
}
