package dev.fidelio.index.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads work and movement from a classical title ("Symphony No. 9 in E minor, Op. 95: II. Largo") when the tags do
 * not say, and a catalogue number ("Op. 95", "BWV 1007") from a work title.
 */
final class WorkParser {

    /** What a movement pattern found; a part its pattern has no group for is null. */
    record TitleParts(String work, Integer number, String name) {
    }

    private final List<NamedPattern> movementPatterns;
    private final List<NamedPattern> cataloguePatterns;
    private final int maxNumber;

    WorkParser(List<NamedPattern> movementPatterns, List<NamedPattern> cataloguePatterns, int maxNumber) {
        this.movementPatterns = List.copyOf(movementPatterns);
        this.cataloguePatterns = List.copyOf(cataloguePatterns);
        this.maxNumber = maxNumber;
    }

    /**
     * The first movement pattern matching the whole title. A pattern without a {@code work} group ("2. Adagio")
     * is only tried when the tags name the work, or every pop song numbered in its title would become a movement.
     */
    Optional<TitleParts> parseTitle(String title, boolean workTagged) {
        for (NamedPattern movementPattern : movementPatterns) {
            boolean hasWork = movementPattern.hasGroup("work");
            if (!hasWork && !workTagged) {
                continue;
            }
            Matcher m = movementPattern.pattern().matcher(title);
            if (!m.matches()) {
                continue;
            }
            String work = hasWork ? strip(m.group("work")) : null;
            Integer number = movementPattern.hasGroup("number") && m.group("number") != null
                    ? NumberPair.number(m.group("number"), maxNumber) : null;
            String name = movementPattern.hasGroup("name") ? strip(m.group("name")) : null;
            if (number != null || name != null) {
                return Optional.of(new TitleParts(work, number, name));
            }
        }
        return Optional.empty();
    }

    /** The first catalogue pattern found in the work title: its {@code catalogue} group, else the whole match. */
    String catalogue(String workTitle) {
        for (NamedPattern cataloguePattern : cataloguePatterns) {
            Matcher m = cataloguePattern.pattern().matcher(workTitle);
            if (m.find()) {
                String found = cataloguePattern.hasGroup("catalogue") ? m.group("catalogue") : m.group();
                String catalogue = strip(found);
                if (catalogue != null) {
                    return catalogue.replaceAll("\\s+", " ");
                }
            }
        }
        return null;
    }

    private static String strip(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
