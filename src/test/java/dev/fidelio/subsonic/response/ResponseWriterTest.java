package dev.fidelio.subsonic.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The writer on its own, with shapes the 1.16.1 schema has but no method yet answers (text content, child elements
 * holding text, a field named by a Java keyword, dates): legacy XML from them must validate.
 */
class ResponseWriterTest {

    record Genres(List<Genre> genre) {
    }

    record Genre(int songCount, int albumCount, @TextContent String name) {
    }

    record ArtistInfo(@ChildElement String biography, @ChildElement String musicBrainzId, List<Artist> similarArtist,
            @OpenSubsonic String sortName) {
    }

    record Artist(String id, String name, @OpenSubsonic Integer albumCount) {
    }

    record Playlists(List<Playlist> playlist) {
    }

    record Playlist(List<String> allowedUser, String id, String name, @WireName("public") boolean isPublic, int songCount,
            int duration, Instant created, Instant changed, @OpenSubsonic Double averageRating) {
    }

    record Unsupported(Object anything) {
    }

    record ArtistWithAlbums(@Inline ArtistID3 artist, List<Album> album) {
    }

    record ArtistID3(String id, String name, int albumCount, @OpenSubsonic String sortName) {
    }

    record Album(String id, String name, int songCount, int duration, Instant created, @OpenSubsonic String sortName) {
    }

    record Clash(@Inline Artist artist, String name) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ResponseWriter writer = new ResponseWriter("1.2.3");

    @Test
    void everyElementIsInTheSubsonicNamespaceAndNoneRedeclaresIt() throws Exception {
        String xml = xml(ClientMode.OPEN_SUBSONIC, Payload.of("artistInfo", sampleArtistInfo()));

        assertThat(xml).doesNotContain("xmlns=\"\"").containsOnlyOnce("xmlns=");
        Document document = parse(xml);
        NodeList all = document.getElementsByTagNameNS("*", "*");
        assertThat(all.getLength()).as("response, artistInfo, biography, musicBrainzId, similarArtist").isEqualTo(5);
        for (int i = 0; i < all.getLength(); i++) {
            assertThat(all.item(i).getNamespaceURI()).as(all.item(i).getLocalName()).isEqualTo(ResponseWriter.NAMESPACE);
        }
        Element root = document.getDocumentElement();
        assertThat(root.getAttribute("status")).isEqualTo("ok");
        assertThat(root.getAttribute("version")).isEqualTo("1.16.1");
        assertThat(root.getAttribute("type")).isEqualTo("fidelio");
        assertThat(root.getAttribute("serverVersion")).isEqualTo("1.2.3");
        assertThat(root.getAttribute("openSubsonic")).isEqualTo("true");
        assertThat(root.getAttributeNodeNS(ResponseWriter.NAMESPACE, "status")).as("attributes are unqualified").isNull();
    }

    @Test
    void legacyXmlOfEveryShapeValidatesAgainstTheSchema() throws Exception {
        validate(xml(ClientMode.LEGACY, Payload.EMPTY));
        validate(xml(ClientMode.LEGACY, Payload.of("artistInfo", sampleArtistInfo())));
        validate(xml(ClientMode.LEGACY, Payload.of("genres", new Genres(List.of(new Genre(3, 1, "Baroque"), new Genre(0, 0, "Lied"))))));
        validate(xml(ClientMode.LEGACY, Payload.of("playlists", new Playlists(List.of(samplePlaylist())))));
        validate(xml(ClientMode.LEGACY, Payload.of("genres", new Genres(List.of()))));
        String failed = render(ResponseFormat.XML, ClientMode.LEGACY, null, new SubsonicError(44, "Invalid API key", "https://x"));
        validate(failed);
        assertThat(failed).doesNotContain("helpUrl");
    }

    @Test
    void legacyClientsGetNoOpenSubsonicField() throws Exception {
        String xml = xml(ClientMode.LEGACY, Payload.of("artistInfo", sampleArtistInfo()));
        assertThat(xml).doesNotContain("type=", "serverVersion", "openSubsonic", "sortName", "albumCount");

        JsonNode legacy = json(ClientMode.LEGACY, Payload.of("artistInfo", sampleArtistInfo())).path("subsonic-response");
        assertThat(legacy.has("type") || legacy.has("serverVersion") || legacy.has("openSubsonic")).isFalse();
        assertThat(legacy.path("artistInfo").has("sortName")).isFalse();
        assertThat(legacy.path("artistInfo").path("similarArtist").get(0).has("albumCount")).isFalse();

        JsonNode open = json(ClientMode.OPEN_SUBSONIC, Payload.of("artistInfo", sampleArtistInfo())).path("subsonic-response");
        assertThat(open.path("serverVersion").asText()).isEqualTo("1.2.3");
        assertThat(open.path("openSubsonic").isBoolean()).isTrue();
        assertThat(open.path("artistInfo").path("sortName").asText()).isEqualTo("Bach, Johann Sebastian");
        assertThat(open.path("artistInfo").path("similarArtist").get(0).path("albumCount").asInt()).isEqualTo(12);
    }

    @Test
    void jsonFollowsTheXmlByItsRules() throws Exception {
        JsonNode genres = json(ClientMode.OPEN_SUBSONIC, Payload.of("genres", new Genres(List.of(new Genre(3, 1, "Baroque")))))
                .path("subsonic-response").path("genres");
        assertThat(genres.path("genre").isArray()).as("a list of one is still an array").isTrue();
        assertThat(genres.path("genre").get(0).path("value").asText()).isEqualTo("Baroque");
        assertThat(genres.path("genre").get(0).path("songCount").isInt()).isTrue();

        JsonNode playlist = json(ClientMode.OPEN_SUBSONIC, Payload.of("playlists", new Playlists(List.of(samplePlaylist()))))
                .path("subsonic-response").path("playlists").path("playlist").get(0);
        assertThat(playlist.path("public").isBoolean()).isTrue();
        assertThat(playlist.path("allowedUser").isArray()).isTrue();
        assertThat(playlist.path("created").asText()).isEqualTo("2024-02-29T12:34:56.789Z");
        assertThat(playlist.path("averageRating").isDouble()).isTrue();

        JsonNode empty = json(ClientMode.OPEN_SUBSONIC, Payload.of("genres", new Genres(List.of())));
        assertThat(empty.path("subsonic-response").path("genres").path("genre").isArray()).as("empty lists stay lists").isTrue();
        String emptyXml = xml(ClientMode.OPEN_SUBSONIC, Payload.of("genres", new Genres(List.of())));
        assertThat(parse(emptyXml).getElementsByTagNameNS(ResponseWriter.NAMESPACE, "genre").getLength()).isZero();
    }

    @Test
    void aListPayloadBecomesRepeatedElementsOrAnArray() throws Exception {
        List<Artist> artists = List.of(new Artist("1", "Bach", null), new Artist("2", "Händel", null));
        assertThat(parse(xml(ClientMode.OPEN_SUBSONIC, Payload.of("artist", artists)))
                .getElementsByTagNameNS(ResponseWriter.NAMESPACE, "artist").getLength()).isEqualTo(2);
        assertThat(json(ClientMode.OPEN_SUBSONIC, Payload.of("artist", artists)).path("subsonic-response").path("artist").size())
                .isEqualTo(2);
    }

    @Test
    void textThatXmlCannotCarryIsReplacedAndJsonEscapesIt() throws Exception {
        String hostile = "A\u0000B\u0007C\uD800D\uDFFFE\uFFFE 🎻 <&\"'>";
        Payload payload = Payload.of("genres", new Genres(List.of(new Genre(1, 1, hostile))));

        Document document = parse(xml(ClientMode.OPEN_SUBSONIC, payload));
        assertThat(document.getElementsByTagNameNS(ResponseWriter.NAMESPACE, "genre").item(0).getTextContent())
                .isEqualTo("A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\uFFFD 🎻 <&\"'>");
        validate(xml(ClientMode.LEGACY, Payload.of("artistInfo",
                new ArtistInfo(hostile, null, List.of(new Artist(hostile, hostile, null)), null))));

        JsonNode genre = json(ClientMode.OPEN_SUBSONIC, payload).path("subsonic-response").path("genres").path("genre").get(0);
        assertThat(genre.path("value").asText()).isEqualTo("A\u0000B\u0007C\uFFFDD\uFFFDE\uFFFE 🎻 <&\"'>");
    }

    @Test
    void jsonpWrapsTheJsonInTheCallback() throws Exception {
        String jsonp = render(ResponseFormat.jsonp("app.handle_1"), ClientMode.OPEN_SUBSONIC, Payload.EMPTY, null);
        assertThat(jsonp).startsWith("app.handle_1({\"subsonic-response\":").endsWith("});");
        for (String hostile : List.of("alert(1)", "a;b", "</script>", "1abc", "a..b", "", "x".repeat(200))) {
            assertThatThrownBy(() -> ResponseFormat.jsonp(hostile)).as(hostile).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void anInlineRecordsFieldsAreTheEnclosingRecordsOwn() throws Exception {
        Instant created = Instant.parse("2024-02-29T12:34:56.789Z");
        ArtistWithAlbums artist = new ArtistWithAlbums(new ArtistID3("ar1", "Bach", 1, "Bach, Johann Sebastian"),
                List.of(new Album("al1", "Cantatas", 12, 3600, created, "Cantatas, The")));

        validate(xml(ClientMode.LEGACY, Payload.of("artist", artist)));
        Element root = (Element) parse(xml(ClientMode.OPEN_SUBSONIC, Payload.of("artist", artist)))
                .getElementsByTagNameNS(ResponseWriter.NAMESPACE, "artist").item(0);
        assertThat(root.getAttribute("id")).isEqualTo("ar1");
        assertThat(root.getAttribute("albumCount")).isEqualTo("1");
        assertThat(root.getElementsByTagNameNS(ResponseWriter.NAMESPACE, "album").getLength()).isEqualTo(1);

        JsonNode open = json(ClientMode.OPEN_SUBSONIC, Payload.of("artist", artist)).path("subsonic-response").path("artist");
        assertThat(open.path("name").asText()).isEqualTo("Bach");
        assertThat(open.path("album").get(0).path("sortName").asText()).isEqualTo("Cantatas, The");
        JsonNode legacy = json(ClientMode.LEGACY, Payload.of("artist", artist)).path("subsonic-response").path("artist");
        assertThat(legacy.has("sortName")).as("OpenSubsonic fields of the inline record stay out").isFalse();
        assertThat(open.path("sortName").asText()).isEqualTo("Bach, Johann Sebastian");
        assertThat(legacy.path("album").get(0).has("sortName")).isFalse();

        assertThatThrownBy(() -> xml(ClientMode.OPEN_SUBSONIC, Payload.of("x", new Clash(new Artist("1", "a", null), "b"))))
                .hasMessageContaining("same name");
    }

    @Test
    void recordsThatCannotBeWrittenAreRefusedWithTheirName() {
        assertThatThrownBy(() -> xml(ClientMode.OPEN_SUBSONIC, Payload.of("x", new Unsupported("?"))))
                .hasMessageContaining("anything");
        assertThatThrownBy(() -> xml(ClientMode.OPEN_SUBSONIC, Payload.of("x", new ArrayList<>(List.of(new Object())))))
                .hasMessageContaining("records");
    }

    private static ArtistInfo sampleArtistInfo() {
        return new ArtistInfo("Thomaskantor in Leipzig.", "24f1766e-9635-4d58-a4d4-9413f9f98a4c",
                List.of(new Artist("a1", "Buxtehude", 12)), "Bach, Johann Sebastian");
    }

    private static Playlist samplePlaylist() {
        Instant created = Instant.parse("2024-02-29T12:34:56.789Z");
        return new Playlist(List.of("alice", "bob"), "p1", "Cantatas", true, 2, 600, created, created.plusSeconds(60), 4.5);
    }

    private String xml(ClientMode mode, Payload payload) throws IOException {
        return render(ResponseFormat.XML, mode, payload, null);
    }

    private JsonNode json(ClientMode mode, Payload payload) throws IOException {
        return JSON.readTree(render(ResponseFormat.JSON, mode, payload, null));
    }

    private String render(ResponseFormat format, ClientMode mode, Payload payload, SubsonicError error) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (error == null) {
            writer.ok(out, format, mode, payload);
        } else {
            writer.failed(out, format, mode, error);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static void validate(String xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/subsonic/subsonic-rest-api-1.16.1.xsd").toFile())
                .newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
