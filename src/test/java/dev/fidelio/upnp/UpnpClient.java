package dev.fidelio.upnp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A control point for the tests: SOAP over real HTTP to the device on loopback, the way control points send it, and
 * the answers parsed (DIDL-Lite as a namespace-aware DOM).
 */
public final class UpnpClient {

    public static final String CDS = "urn:schemas-upnp-org:service:ContentDirectory:1";

    /** Browse or Search as answered: the DIDL-Lite document and the counts. */
    record Answer(Document didl, int numberReturned, long totalMatches, long updateId, String raw) {

        List<Element> containers() {
            return children("container");
        }

        List<Element> items() {
            return children("item");
        }

        List<Element> children(String name) {
            List<Element> found = new ArrayList<>();
            NodeList nodes = didl.getDocumentElement().getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element e && e.getLocalName().equals(name)) {
                    found.add(e);
                }
            }
            return found;
        }

        List<String> titles() {
            List<String> titles = new ArrayList<>();
            NodeList nodes = didl.getDocumentElement().getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element e) {
                    titles.add(text(e, DidlWriter.DC, "title"));
                }
            }
            return titles;
        }

        Element only() {
            List<Element> all = new ArrayList<>(containers());
            all.addAll(items());
            assertThat(all).hasSize(1);
            return all.get(0);
        }

        Element byTitle(String title) {
            List<Element> all = new ArrayList<>(containers());
            all.addAll(items());
            return all.stream().filter(e -> title.equals(text(e, DidlWriter.DC, "title"))).findFirst()
                    .orElseThrow(() -> new AssertionError("No '" + title + "' among " + titles()));
        }
    }

    /** A SOAP fault: the UPnP error code and description. */
    record Fault(int status, int errorCode, String description) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI description;
    private final URI contentDirectory;
    private final Document device;

    UpnpClient(MediaServer server) throws Exception {
        description = server.descriptionUri(InetAddress.getByName("127.0.0.1"))
                .orElseThrow(() -> new AssertionError("UPnP is not running on 127.0.0.1"));
        String xml = get(description, Map.of()).body();
        device = parse(xml);
        contentDirectory = contentDirectory(description, xml);
    }

    /** A URL of a service, as the description gives it (relative to it). */
    String serviceUrl(String serviceType, String which) {
        return serviceUrl(device, serviceType, which);
    }

    URI descriptionUri() {
        return description;
    }

    HttpResponse<String> get(URI uri, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<Void> head(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    Answer browse(String objectId, String flag, long start, long count, String sort) throws Exception {
        return browse(objectId, flag, start, count, sort, Map.of());
    }

    Answer browse(String objectId, String flag, long start, long count, String sort, Map<String, String> headers) throws Exception {
        return answer(call("Browse", headers, "ObjectID", objectId, "BrowseFlag", flag, "Filter", "*", "StartingIndex", Long.toString(start),
                "RequestedCount", Long.toString(count), "SortCriteria", sort));
    }

    Answer children(String objectId) throws Exception {
        return browse(objectId, "BrowseDirectChildren", 0, 0, "");
    }

    Answer metadata(String objectId) throws Exception {
        return browse(objectId, "BrowseMetadata", 0, 0, "");
    }

    Answer search(String criteria, long start, long count) throws Exception {
        return answer(call("Search", Map.of(), "ContainerID", "0", "SearchCriteria", criteria, "Filter", "*", "StartingIndex", Long.toString(start),
                "RequestedCount", Long.toString(count), "SortCriteria", ""));
    }

    Fault fault(String action, String... arguments) throws Exception {
        HttpResponse<String> response = call(action, Map.of(), arguments);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(500);
        Element envelope = parse(response.body()).getDocumentElement();
        assertThat(text(envelope, null, "errorCode")).as(response.body()).isNotNull();
        return new Fault(response.statusCode(), Integer.parseInt(text(envelope, null, "errorCode")), text(envelope, null, "errorDescription"));
    }

    String call(String action) throws Exception {
        HttpResponse<String> response = call(action, Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> call(String action, Map<String, String> headers, String... arguments) throws Exception {
        HttpRequest.Builder request = soap(contentDirectory, action, arguments);
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A ContentDirectory action as control points send it: {@code arguments} are name, value, name, value, … */
    public static HttpRequest.Builder soap(URI controlUrl, String action, String... arguments) {
        StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><u:" + action + " xmlns:u=\"" + CDS + "\">");
        for (int i = 0; i < arguments.length; i += 2) {
            body.append('<').append(arguments[i]).append('>').append(escape(arguments[i + 1])).append("</").append(arguments[i]).append('>');
        }
        body.append("</u:").append(action).append("></s:Body></s:Envelope>");
        return HttpRequest.newBuilder(controlUrl).timeout(Duration.ofSeconds(30)).header("Content-Type", "text/xml; charset=\"utf-8\"")
                .header("SOAPACTION", "\"" + CDS + "#" + action + "\"").POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    }

    /** The control URL of the ContentDirectory in a device description. */
    public static URI contentDirectory(URI description, String descriptionXml) throws Exception {
        return description.resolve(serviceUrl(parse(descriptionXml), CDS, "controlURL"));
    }

    private static Answer answer(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Element envelope = parse(response.body()).getDocumentElement();
        String result = text(envelope, null, "Result");
        return new Answer(parse(result), Integer.parseInt(text(envelope, null, "NumberReturned")),
                Long.parseLong(text(envelope, null, "TotalMatches")), Long.parseLong(text(envelope, null, "UpdateID")), result);
    }

    public static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text of the first descendant named {@code name} (in {@code namespace}, or any when null); null when none. */
    static String text(Element parent, String namespace, String name) {
        List<String> all = texts(parent, namespace, name);
        return all.isEmpty() ? null : all.get(0);
    }

    static List<String> texts(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace == null ? "*" : namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    static List<Element> elements(Element parent, String namespace, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static String serviceUrl(Document device, String serviceType, String which) {
        NodeList services = device.getElementsByTagNameNS("*", "service");
        for (int i = 0; i < services.getLength(); i++) {
            Element service = (Element) services.item(i);
            if (serviceType.equals(text(service, null, "serviceType"))) {
                return text(service, null, which);
            }
        }
        throw new AssertionError("No " + serviceType + " in the description");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
