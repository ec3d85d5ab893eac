package dev.fidelio.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Tags with the variety search meets in a real library, derived from the track's number alone: names and titles
 * drawn from a vocabulary of 5,000 made-up words (some with diacritics), common words far more often than rare
 * ones, and every fifth artist a composer whose albums hold works with catalogue numbers and movements.
 */
final class VariedNames {

    private static final String[] SYLLABLES = ("ka ro ma li ne to sa vi da lu mo re na fi go ha je ko la mi nu pe ri su ta ve "
            + "zo bra dvo ře smé tá ján ček lé mö hü stra vel kri pra no va ce dor ño").split(" ");
    private static final String[] FORMS = {"Symphony No. %d in E minor, Op. %d", "Suite No. %d in G major, BWV %d",
        "Sonata No. %d in A major, K. %d", "String Quartet No. %d, Op. %d"};
    private static final String[] MOVEMENTS = {"I. Allegro", "II. Largo", "III. Scherzo. Presto", "IV. Finale"};
    private static final List<String> WORDS = vocabulary(5_000);

    private VariedNames() {
    }

    static Map<String, List<String>> tags(int track) {
        int album = track / BenchCorpus.TRACKS_PER_ALBUM;
        int artist = album / BenchCorpus.ALBUMS_PER_ARTIST;
        Map<String, List<String>> tags = new LinkedHashMap<>();
        tags.put("TITLE", List.of(title(track)));
        tags.put("ARTIST", List.of(artist(artist)));
        tags.put("ALBUMARTIST", List.of(artist(artist)));
        tags.put("ALBUM", List.of(albumTitle(album)));
        if (composer(artist)) {
            tags.put("COMPOSER", List.of(artist(artist)));
            tags.put("WORK", List.of(work(album)));
        }
        tags.put("TRACKNUMBER", List.of(String.valueOf(track % BenchCorpus.TRACKS_PER_ALBUM + 1)));
        tags.put("DATE", List.of(String.valueOf(1960 + album % 60)));
        return tags;
    }

    static String artist(int artist) {
        Random random = new Random(artist * 31L + 1);
        return capitalized(word(random)) + " " + capitalized(word(random));
    }

    static String albumTitle(int album) {
        return phrase(new Random(album * 31L + 2), 1 + album % 3);
    }

    static String title(int track) {
        int album = track / BenchCorpus.TRACKS_PER_ALBUM;
        if (composer(album / BenchCorpus.ALBUMS_PER_ARTIST)) {
            return work(album) + ": " + MOVEMENTS[track % MOVEMENTS.length];
        }
        return phrase(new Random(track * 31L + 3), 1 + track % 4);
    }

    /** The word drawn most often: in about one title of five. */
    static String commonWord() {
        return capitalized(WORDS.get(0));
    }

    static boolean composer(int artist) {
        return artist % 5 == 0;
    }

    static String work(int album) {
        return FORMS[album % FORMS.length].formatted(1 + album % 9, 1 + album % 1_100);
    }

    private static String phrase(Random random, int words) {
        List<String> phrase = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            phrase.add(capitalized(word(random)));
        }
        return String.join(" ", phrase);
    }

    /** A word by rank, about as often as rank 1 / rank: log-uniform over the vocabulary. */
    private static String word(Random random) {
        return WORDS.get((int) Math.pow(WORDS.size(), random.nextDouble()) - 1);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<String> vocabulary(int size) {
        Random random = new Random(42);
        Set<String> words = new LinkedHashSet<>();
        while (words.size() < size) {
            StringBuilder word = new StringBuilder();
            for (int s = 2 + random.nextInt(3); s > 0; s--) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words.add(word.toString());
        }
        return List.copyOf(words);
    }
}
