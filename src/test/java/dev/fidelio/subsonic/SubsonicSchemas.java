package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;

/**
 * The two contracts a response is checked against: the Subsonic 1.16.1 XSD, strictly, for legacy XML; and the
 * OpenSubsonic OpenAPI description's JSON schema of the method, for OpenSubsonic JSON.
 */
final class SubsonicSchemas {

    private static final Path SPECS = Path.of("src", "test", "resources", "subsonic").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema XSD = loadXsd();
    private static final JsonSchemaFactory OPEN_API = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.metaSchema(OpenApi30.getInstance()).defaultMetaSchemaIri(OpenApi30.getInstance().getIri()));

    private SubsonicSchemas() {
    }

    static void assertValidXml(String xml) {
        try {
            XSD.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("Not valid against the Subsonic 1.16.1 XSD: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Valid against the JSON schema the OpenAPI description gives for the successful or failed answer of {@code method}. */
    static void assertValidJson(String method, String json) {
        Path schema = responseSchema(method);
        try {
            Set<ValidationMessage> problems = OPEN_API.getSchema(SchemaLocation.of(schema.toUri().toString()))
                    .validate(JSON.readTree(json));
            assertThat(problems).as("%s against %s", json, SPECS.relativize(schema)).isEmpty();
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    /** Follows the method's GET 200 response (itself possibly a reference) to its application/json schema. */
    private static Path responseSchema(String method) {
        Path endpoint = SPECS.resolve("openapi").resolve("endpoints").resolve(method + ".json");
        JsonNode response = read(endpoint).path("get").path("responses").path("200");
        Path from = endpoint;
        if (response.has("$ref")) {
            from = from.resolveSibling(response.get("$ref").asText()).normalize();
            response = read(from);
        }
        String schema = response.path("content").path("application/json").path("schema").path("$ref").asText();
        assertThat(schema).as("the JSON schema of %s", method).isNotEmpty();
        return from.resolveSibling(schema).normalize();
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema loadXsd() {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(SPECS.resolve("subsonic-rest-api-1.16.1.xsd").toFile());
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
