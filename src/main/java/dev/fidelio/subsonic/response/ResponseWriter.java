package dev.fidelio.subsonic.response;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@code subsonic-response} in the client's format and mode. Both formats come from the same records, by the
 * rule Subsonic's JSON was derived from its XML: single values are attributes (JSON properties), records are child
 * elements (objects), lists are repeated elements (arrays, even of one), {@link TextContent} is the text
 * ({@code value}).
 */
public final class ResponseWriter {

    public static final String NAMESPACE = "http://subsonic.org/restapi";
    public static final String API_VERSION = "1.16.1";
    public static final String SERVER_TYPE = "fidelio";

    /** The envelope's fields, in the order they are written. */
    record Envelope(String status, String version, @OpenSubsonic String type, @OpenSubsonic String serverVersion,
            @OpenSubsonic Boolean openSubsonic) {
    }

    private final String serverVersion;

    public ResponseWriter(String serverVersion) {
        this.serverVersion = serverVersion;
    }

    /** A successful response carrying {@code payload}. */
    public void ok(OutputStream out, ResponseFormat format, ClientMode mode, Payload payload) throws IOException {
        write(out, format, mode, "ok", payload);
    }

    /** A failed response: HTTP 200 with the error in the body, as Subsonic clients expect. */
    public void failed(OutputStream out, ResponseFormat format, ClientMode mode, SubsonicError error) throws IOException {
        write(out, format, mode, "failed", Payload.of("error", error));
    }

    private void write(OutputStream out, ResponseFormat format, ClientMode mode, String status, Payload payload)
            throws IOException {
        Envelope envelope = new Envelope(status, API_VERSION, SERVER_TYPE, serverVersion, true);
        boolean legacy = mode == ClientMode.LEGACY;
        switch (format.kind()) {
            case XML -> new XmlResponse(out, legacy).write(envelope, payload);
            case JSON -> new JsonResponse(out, legacy).write(envelope, payload);
            case JSONP -> {
                out.write((format.callback() + "(").getBytes(StandardCharsets.US_ASCII));
                new JsonResponse(out, legacy).write(envelope, payload);
                out.write(");".getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
