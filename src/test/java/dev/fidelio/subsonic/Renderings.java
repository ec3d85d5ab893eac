package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.function.Supplier;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.fidelio.subsonic.response.ResponseWriter;
import io.restassured.response.Response;

/**
 * One call checked in its four renderings against their snapshots: OpenSubsonic XML (every element in the Subsonic
 * namespace) and JSON (valid against the method's OpenAPI schema), legacy XML (valid against the 1.16.1 XSD) and JSON.
 */
final class Renderings {

    private Renderings() {
    }

    /**
     * @param call makes a fresh call each time it is asked, for methods that change something
     */
    static void assertAll(String snapshot, String method, Supplier<SubsonicCall> call) {
        assertAll(snapshot, method, method, call);
    }

    /** As {@link #assertAll(String, String, Supplier)}, for a call that must succeed. */
    static void assertAllOk(String snapshot, String method, Supplier<SubsonicCall> call) {
        assertAllOk(snapshot, method, method, call);
    }

    static void assertAllOk(String snapshot, String method, String schemaOf, Supplier<SubsonicCall> call) {
        JsonNode answer = call.get().getJson(method);
        assertThat(answer.path("status").asText()).as("%s: %s", method, answer).isEqualTo("ok");
        assertAll(snapshot, method, schemaOf, call);
    }

    /** As {@link #assertAll(String, String, Supplier)}, checking the JSON against another method's schema. */
    static void assertAll(String snapshot, String method, String schemaOf, Supplier<SubsonicCall> call) {
        assertOpenSubsonic(snapshot, method, schemaOf, call);
        String legacyXml = xml(call.get().asLegacyClient().get(method));
        SubsonicSchemas.assertValidXml(legacyXml);
        Snapshots.assertXml(snapshot + ".legacy", legacyXml);
        Snapshots.assertJson(snapshot + ".legacy", json(call.get().asLegacyClient().json().get(method)));
    }

    /** The OpenSubsonic renderings only: for what the 1.16.1 schema has no place for. */
    static void assertOpenSubsonic(String snapshot, String method, Supplier<SubsonicCall> call) {
        assertOpenSubsonic(snapshot, method, method, call);
    }

    private static void assertOpenSubsonic(String snapshot, String method, String schemaOf, Supplier<SubsonicCall> call) {
        String xml = xml(call.get().get(method));
        assertNamespaced(xml);
        Snapshots.assertXml(snapshot, xml);
        String json = json(call.get().json().get(method));
        SubsonicSchemas.assertValidJson(schemaOf, json);
        Snapshots.assertJson(snapshot, json);
    }

    static String xml(Response response) {
        return response.then().statusCode(200).contentType("text/xml").extract().asString();
    }

    static String json(Response response) {
        return response.then().statusCode(200).contentType("application/json").extract().asString();
    }

    /** Every element in the Subsonic namespace, declared once: never the {@code xmlns=""} of a careless serializer. */
    static void assertNamespaced(String xml) {
        assertThat(xml).doesNotContain("xmlns=\"\"").containsOnlyOnce("xmlns=");
        Document document = parse(xml);
        NodeList elements = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            assertThat(elements.item(i).getNamespaceURI()).as(elements.item(i).getLocalName()).isEqualTo(ResponseWriter.NAMESPACE);
        }
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + xml, e);
        }
    }
}
