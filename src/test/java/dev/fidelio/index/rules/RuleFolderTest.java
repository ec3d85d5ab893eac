package dev.fidelio.index.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFolderTest {

    @TempDir
    Path temp;

    private Path folder(String name, String... filesAndTexts) throws Exception {
        Path folder = Files.createDirectories(temp.resolve(name));
        for (int i = 0; i < filesAndTexts.length; i += 2) {
            Files.writeString(folder.resolve(filesAndTexts[i]), filesAndTexts[i + 1]);
        }
        return folder;
    }

    @Test
    void shippedRulesLoadAndTheIndexListsEveryRuleFile() throws Exception {
        Path shipped = Path.of(TagRules.SHIPPED_FOLDER);
        List<String> indexed = Files.readAllLines(shipped.resolve("index")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        try (Stream<Path> files = Files.list(shipped)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rules")))
                    .containsExactlyInAnyOrderElementsOf(indexed);
        }
        assertThat(Tags.shipped().variousArtistsName()).isEqualTo("Various Artists");
    }

    @Test
    void folderWithoutIndexIsReadInNameOrder() throws Exception {
        Path user = folder("user",
                "b.rules", "field title = B_TITLE",
                "a.rules", "field title = A_TITLE",
                "notes.txt", "not rules at all");
        // The same statement twice in one folder is refused, naming both files in the order read.
        assertThatThrownBy(() -> TagRules.load(user, Optional.empty()))
                .hasMessage(user.resolve("b.rules") + ":1: field 'title' is already defined at " + user.resolve("a.rules") + ":1");
    }

    @Test
    void indexDecidesOrderAndMissingFilesAreReported() throws Exception {
        Path defaults = folder("defaults",
                "index", "# order\nsecond.rules\nfirst.rules\n",
                "first.rules", "separator ;",
                "second.rules", "separator /");
        assertThat(TagRules.load(defaults, Optional.empty()).splitArtists("A;B/C")).containsExactly("A", "B", "C");

        Files.writeString(defaults.resolve("index"), "first.rules\nmissing.rules\n");
        assertThatThrownBy(() -> TagRules.load(defaults, Optional.empty()))
                .hasMessage(defaults.resolve("index") + ":2: no such file 'missing.rules' in " + defaults);
    }

    @Test
    void userFolderOverridesDefaults() throws Exception {
        Path defaults = folder("defaults", "fields.rules", "field title = TITLE\nfield album = ALBUM");
        Path user = folder("user", "mine.rules", "field title = MY_TITLE");
        TagRules rules = TagRules.load(defaults, Optional.of(user));
        TrackTags tags = rules.mapper().map(Tags.of("TITLE", "t", "MY_TITLE", "mine", "ALBUM", "a"));
        assertThat(tags.title()).isEqualTo("mine");
        assertThat(tags.album()).isEqualTo("a");
    }

    @Test
    void renamingVariousArtistsKeepsRecognizingTheShippedName() throws Exception {
        Path user = folder("user", "various.rules", "various-artists VA");
        TagRules rules = TagRules.load(Path.of(TagRules.SHIPPED_FOLDER), Optional.of(user));
        assertThat(rules.splitArtists("Various Artists")).containsExactly("VA");
        assertThat(rules.mapper().map(Tags.of("ALBUMARTIST", "Verschiedene Interpreten")).compilation()).isTrue();
    }

    @Test
    void userProblemsNameTheUserFile() throws Exception {
        Path defaults = folder("defaults", "fields.rules", "field title = TITLE");
        Path user = folder("user", "mine.rules", "\nfield albun = ALBUM");
        assertThatThrownBy(() -> TagRules.load(defaults, Optional.of(user)))
                .hasMessage(user.resolve("mine.rules") + ":2: unknown field 'albun' (did you mean 'album'?)");
    }

    @Test
    void missingFoldersAreReported() throws Exception {
        Path defaults = folder("defaults", "fields.rules", "field title = TITLE");
        assertThatThrownBy(() -> TagRules.load(defaults, Optional.of(temp.resolve("nope"))))
                .hasMessage(temp.resolve("nope") + ": FIDELIO_TAG_RULES is not a folder");
        assertThatThrownBy(() -> TagRules.load(temp.resolve("gone"), Optional.empty()))
                .hasMessage(temp.resolve("gone") + ": no such folder of tag rules");
    }

    @Test
    void nonUtf8FilesAreReported() throws Exception {
        Path defaults = folder("defaults");
        Files.write(defaults.resolve("bad.rules"), new byte[] {'f', (byte) 0xff, (byte) 0xfe});
        assertThatThrownBy(() -> TagRules.load(defaults, Optional.empty()))
                .hasMessage(defaults.resolve("bad.rules") + ": not UTF-8 text");
    }

    @Test
    void classpathDefaultsAreReadThroughTheirIndex() throws Exception {
        Path root = folder("classes");
        Path shipped = Files.createDirectories(root.resolve("tag-rules"));
        Files.writeString(shipped.resolve("index"), "fields.rules\n");
        Files.writeString(shipped.resolve("fields.rules"), "field title = TITLE");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            List<RuleSource> sources = RuleFolder.readClasspath(loader, "tag-rules").orElseThrow();
            assertThat(sources).containsExactly(new RuleSource("tag-rules/fields.rules", "field title = TITLE"));
        }
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(RuleFolder.readClasspath(empty, "tag-rules")).isEmpty();
        }
    }

    @Test
    void shippedDefaultsFallBackToTheSourceTree() throws Exception {
        TagRules rules = TagRules.load(Optional.empty());
        assertThat(rules.mapper().map(Tags.of("TIT2", "t")).title()).isEqualTo("t");
    }
}
