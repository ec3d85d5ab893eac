package dev.fidelio.index.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a folder of rule files. A folder with an {@code index} file (one file name per line, {@code #} comments)
 * is read in that order; a folder without one is read as its {@code *.rules} files in name order. On the classpath,
 * where a folder cannot be listed, the index is required.
 */
final class RuleFolder {

    static final String INDEX = "index";
    static final String EXTENSION = ".rules";

    private record Entry(String name, String where) {
    }

    private RuleFolder() {
    }

    static List<RuleSource> read(Path folder) throws TagRulesException {
        if (!Files.isDirectory(folder)) {
            throw new TagRulesException(List.of(folder + ": no such folder of tag rules"));
        }
        Path index = folder.resolve(INDEX);
        Problems problems = new Problems();
        List<Entry> entries = Files.isRegularFile(index)
                ? indexEntries(decode(readBytes(index), index.toString()), index.toString(), problems)
                : listRuleFiles(folder);
        List<RuleSource> sources = new ArrayList<>();
        for (Entry entry : entries) {
            Path file = folder.resolve(entry.name());
            if (Files.isRegularFile(file)) {
                sources.add(new RuleSource(file.toString(), decode(readBytes(file), file.toString())));
            } else {
                problems.add(entry.where(), "no such file '" + entry.name() + "' in " + folder);
            }
        }
        problems.throwIfAny();
        return sources;
    }

    /** The folder's rules from the classpath, or empty when it has no index there. */
    static Optional<List<RuleSource>> readClasspath(ClassLoader loader, String folder) throws TagRulesException {
        String indexName = folder + "/" + INDEX;
        byte[] index = resource(loader, indexName);
        if (index == null) {
            return Optional.empty();
        }
        Problems problems = new Problems();
        List<RuleSource> sources = new ArrayList<>();
        for (Entry entry : indexEntries(decode(index, indexName), indexName, problems)) {
            String name = folder + "/" + entry.name();
            byte[] text = resource(loader, name);
            if (text == null) {
                problems.add(entry.where(), "no such file '" + entry.name() + "' on the classpath");
            } else {
                sources.add(new RuleSource(name, decode(text, name)));
            }
        }
        problems.throwIfAny();
        return Optional.of(sources);
    }

    private static List<Entry> indexEntries(String text, String indexName, Problems problems) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String name = lines[i].strip();
            String where = indexName + ":" + (i + 1);
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (name.contains("/") || name.contains("\\")) {
                problems.add(where, "'" + name + "' must be a file name in the same folder");
            } else {
                entries.add(new Entry(name, where));
            }
        }
        return entries;
    }

    private static List<Entry> listRuleFiles(Path folder) throws TagRulesException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(EXTENSION))
                    .map(file -> file.getFileName().toString())
                    .sorted()
                    .map(name -> new Entry(name, folder.resolve(name).toString()))
                    .toList();
        } catch (IOException e) {
            throw new TagRulesException(List.of(folder + ": cannot list: " + e.getMessage()));
        }
    }

    private static byte[] readBytes(Path file) throws TagRulesException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TagRulesException(List.of(file + ": cannot read: " + e.getMessage()));
        }
    }

    private static byte[] resource(ClassLoader loader, String name) throws TagRulesException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new TagRulesException(List.of(name + ": cannot read from the classpath: " + e.getMessage()));
        }
    }

    private static String decode(byte[] bytes, String name) throws TagRulesException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TagRulesException(List.of(name + ": not UTF-8 text"));
        }
    }
}
