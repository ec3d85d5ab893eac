package dev.fidelio.subsonic;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** A password as Subsonic sends it: as it is, or {@code enc:} followed by the hex of its UTF-8 bytes. */
final class EncodedPassword {

    private static final String PREFIX = "enc:";

    private EncodedPassword() {
    }

    /** The password itself; {@link IllegalArgumentException} when {@code enc:} is followed by no valid hex of UTF-8. */
    static String decode(String sent) {
        if (!sent.startsWith(PREFIX)) {
            return sent;
        }
        try {
            byte[] bytes = HexFormat.of().parseHex(sent, PREFIX.length(), sent.length());
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new IllegalArgumentException("is not valid after 'enc:': it must be the hex of the password's UTF-8 bytes.");
        }
    }
}
