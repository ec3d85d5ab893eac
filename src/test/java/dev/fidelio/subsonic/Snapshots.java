package dev.fidelio.subsonic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Golden files of whole responses, one per method, format and mode, in {@code src/test/resources/subsonic/snapshots}:
 * a change to any response shows as a change to its file. What differs from one run to the next is masked: the
 * server's version, which changes with every release; the library's ids, which each database makes anew, numbered in
 * the order they first appear (the same id is the same number throughout a file); and times (when an item was added,
 * starred, played, last modified), and the tokens and server address of links. {@code -Dsnapshots.update=true}
 * writes the files from the responses instead of comparing.
 */
final class Snapshots {

    private static final Path DIRECTORY = Path.of("src", "test", "resources", "subsonic", "snapshots");
    private static final boolean UPDATE = Boolean.getBoolean("snapshots.update");
    private static final String MASKED_VERSION = "(server version)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    /** The token of a signed link (a share's), which holds its expiry and a MAC with the database's key. */
    private static final Pattern TOKEN = Pattern.compile("token=[0-9a-z]+\\.[A-Za-z0-9_-]+");
    /** The test server's address in links, whose port is chosen at random. */
    private static final Pattern SERVER = Pattern.compile("http://localhost:\\d+/");
    /** Times in milliseconds since 1970, which Subsonic gives getIndexes' lastModified in. */
    private static final Pattern MILLIS = Pattern.compile("(\"?lastModified\"?\\s*[=:]\\s*\"?)\\d+");

    private Snapshots() {
    }

    static void assertXml(String name, String xml) {
        compare(name + ".xml", masked(normalizedXml(xml)));
    }

    static void assertJson(String name, String json) {
        compare(name + ".json", masked(normalizedJson(json)));
    }

    static String masked(String text) {
        Map<String, Integer> ids = new HashMap<>();
        String withoutIds = ID.matcher(text).replaceAll(m -> "(id " + ids.computeIfAbsent(m.group(), k -> ids.size() + 1) + ")");
        String withoutTimes = MILLIS.matcher(TIME.matcher(withoutIds).replaceAll("(time)")).replaceAll("$1(time)");
        return SERVER.matcher(TOKEN.matcher(withoutTimes).replaceAll("token=(token)")).replaceAll("http://(server)/");
    }

    static String normalizedJson(String json) {
        try {
            JsonNode tree = JSON.readTree(json);
            JsonNode response = tree.path("subsonic-response");
            if (response.has("serverVersion")) {
                ((ObjectNode) response).put("serverVersion", MASKED_VERSION);
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    private static String normalizedXml(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            if (document.getDocumentElement().hasAttribute("serverVersion")) {
                document.getDocumentElement().setAttribute("serverVersion", MASKED_VERSION);
            }
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString().strip() + "\n";
        } catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + xml, e);
        }
    }

    private static void compare(String file, String actual) {
        Path path = DIRECTORY.resolve(file);
        try {
            if (UPDATE) {
                Files.createDirectories(DIRECTORY);
                Files.writeString(path, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(path)) {
                fail("No snapshot " + path + "; run the test with -Dsnapshots.update=true to write it. The response:\n" + actual);
            }
            assertThat(actual).as("response against snapshot %s", path).isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
