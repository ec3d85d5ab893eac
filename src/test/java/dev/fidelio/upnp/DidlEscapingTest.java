package dev.fidelio.upnp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import dev.fidelio.library.VisibleLibraries;

/**
 * Titles as tags hold them, however hostile: markup, entities, quotes, CDATA ends, every script, emoji, and characters
 * XML cannot carry at all. The DIDL-Lite must stay well-formed and give back every character XML allows, unchanged.
 */
class DidlEscapingTest {

    private static final List<String> TITLES = List.of(
            "<b>Bold</b> & \"quoted\" 'single'",
            "&amp; &lt;not an entity&gt; &#x26; &unknown;",
            "]]> ends a CDATA section <![CDATA[ x ]]>",
            "Dvořák · Smetana – Má vlast „Vltava“",
            "坂本龍一へのオマージュ — 夜明けトリオ",
            "Þögn ǅ ß İ ﬁ",
            "🎻🎹 Emoji 𝄞 outside the BMP",
            "right-to-left: مرحبا שלום",
            "tab\tnew\nline\r carriage",
            "  leading and trailing spaces  ",
            "/slashes/ and \\back\\slashes and 0/1/2");

    @Test
    void everyTitleSurvivesAsItWasAndTheDocumentIsWellFormed() throws Exception {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < TITLES.size(); i++) {
            entries.add(Entry.Container.plain("id/" + i + "/" + TITLES.get(i), "0", TITLES.get(i)));
        }
        String didl = new DidlWriter(null).write(entries, context());

        UpnpClient.Answer parsed = new UpnpClient.Answer(UpnpClient.parse(didl), entries.size(), entries.size(), 0, didl);
        assertThat(parsed.titles()).isEqualTo(TITLES.stream().map(t -> t.replace("\r", "\n")).toList());
        for (int i = 0; i < TITLES.size(); i++) {
            assertThat(parsed.containers().get(i).getAttribute("id")).isEqualTo(normalizedAttribute("id/" + i + "/" + TITLES.get(i)));
        }
    }

    @Test
    void charactersXmlCannotCarryAreDroppedNotLeftToBreakTheDocument() throws Exception {
        String hostile = "nul\u0000 bell\u0007 escape\u001b lone\uD800surrogate \uDC00 \uFFFE\uFFFF end";
        String didl = new DidlWriter(null).write(List.of(Entry.Container.plain("x", "0", hostile)), context());
        Element container = new UpnpClient.Answer(UpnpClient.parse(didl), 1, 1, 0, didl).only();
        assertThat(UpnpClient.text(container, DidlWriter.DC, "title")).isEqualTo("nul bell escape lonesurrogate   end");
    }

    /** An attribute value's whitespace as an XML parser gives it back (tabs and line ends become spaces). */
    private static String normalizedAttribute(String value) {
        return value.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    }

    private static RequestContext context() {
        return new RequestContext(VisibleLibraries.ALL, RendererProfile.STANDARD, "http://127.0.0.1:4747");
    }
}
