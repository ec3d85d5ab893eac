package dev.fidelio.audio.alac;

import dev.fidelio.audio.CorruptAudioException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Walks the children of an MP4 box held in memory: 32-bit sizes, 64-bit sizes (size 1) and "to the end" (size 0). */
final class Mp4Boxes {

    /** One box: its four-character type and the range of its payload in the buffer. */
    record Box(String type, int start, int end) {
        ByteBuffer payload(ByteBuffer all) {
            return all.duplicate().limit(end).position(start).slice();
        }
    }

    private Mp4Boxes() {
    }

    /** The first child of type {@code type} in {@code parent}'s payload, or null. */
    static Box find(ByteBuffer parent, String type) throws CorruptAudioException {
        for (Box box : children(parent)) {
            if (box.type().equals(type)) {
                return box;
            }
        }
        return null;
    }

    /** Every child box of {@code buffer} (the payload of a container box), checked to lie inside it. */
    static List<Box> children(ByteBuffer buffer) throws CorruptAudioException {
        List<Box> boxes = new ArrayList<>();
        int at = 0;
        int limit = buffer.limit();
        while (limit - at >= 8) {
            long size = buffer.getInt(at) & 0xFFFF_FFFFL;
            String type = fourCc(buffer, at + 4);
            int header = 8;
            if (size == 1) {
                if (limit - at < 16) {
                    throw new CorruptAudioException("MP4 box '" + type + "' is cut off in its 64-bit size");
                }
                size = buffer.getLong(at + 8);
                header = 16;
            } else if (size == 0) {
                size = limit - at;
            }
            if (size < header || size > limit - at) {
                throw new CorruptAudioException("MP4 box '" + type + "' claims " + size + " bytes, but "
                        + (limit - at) + " remain in its parent");
            }
            boxes.add(new Box(type, at + header, (int) (at + size)));
            at += (int) size;
        }
        return boxes;
    }

    static String fourCc(ByteBuffer buffer, int at) {
        byte[] bytes = new byte[4];
        buffer.get(at, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
