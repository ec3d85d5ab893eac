package dev.fidelio.subsonic.response;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/** The JSON form: {@code {"subsonic-response": {...}}}, lists always as arrays, numbers and booleans as such. */
final class JsonResponse {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final OutputStream out;
    private final boolean legacy;

    JsonResponse(OutputStream out, boolean legacy) {
        this.out = out;
        this.legacy = legacy;
    }

    void write(ResponseWriter.Envelope envelope, Payload payload) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeFieldName("subsonic-response");
            json.writeStartObject();
            writeFields(json, envelope);
            if (!payload.isEmpty()) {
                json.writeFieldName(payload.name());
                value(json, payload.value());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                if (item != null) {
                    value(json, item);
                }
            }
            json.writeEndArray();
        } else if (value.getClass().isRecord()) {
            json.writeStartObject();
            writeFields(json, value);
            json.writeEndObject();
        } else {
            scalar(json, value);
        }
    }

    private void writeFields(JsonGenerator json, Object record) throws IOException {
        for (RecordShape.Part part : RecordShape.of(record.getClass()).parts()) {
            Object value = legacy && part.openSubsonicOnly() ? null : part.valueOf(record);
            if (value != null) {
                json.writeFieldName(part.kind() == RecordShape.Kind.TEXT ? "value" : part.name());
                value(json, value);
            }
        }
    }

    private static void scalar(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Float f) {
            json.writeNumber(f);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else {
            json.writeString(Scalars.jsonSafe(Scalars.text(value)));
        }
    }
}
