package dev.fidelio.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The identities of artists, albums and works. Two tracks belong to the same album (work, artist) exactly when
 * their keys are equal, so these rules decide what is merged and what is kept apart; ids follow the keys.
 */
public final class LibraryKeys {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final char SEPARATOR = '\u001f';

    private LibraryKeys() {
    }

    /** Case, Unicode composition and spacing do not make a different artist; diacritics do (Dvořák is not Dvorak). */
    public static String artist(String name) {
        return fold(name);
    }

    /**
     * A release: its MusicBrainz id when tagged; else album artist, title, release year and catalogue number, so
     * that two editions of one title stay apart while the discs of one edition come together.
     */
    public static String album(String mbReleaseId, String albumArtist, String title, Integer year, String catalogNumber) {
        if (mbReleaseId != null && !mbReleaseId.isBlank()) {
            return "mb:" + mbReleaseId.strip().toLowerCase(Locale.ROOT);
        }
        return "tag:" + fold(albumArtist) + SEPARATOR + fold(title) + SEPARATOR + (year == null ? "" : year)
                + SEPARATOR + fold(catalogNumber);
    }

    /** Tracks without an album tag are grouped by the folder that holds them. */
    public static String folderAlbum(long musicFolderId, String relativeDirectory) {
        return "dir:" + musicFolderId + SEPARATOR + relativeDirectory;
    }

    /**
     * A work: its MusicBrainz id when tagged; else its composer and catalogue number, which survive the many ways
     * one title is spelled ("Op. 95" = "Op.95"); else its composer and title.
     */
    public static String work(String mbWorkId, String composer, String title, String catalogue) {
        if (mbWorkId != null && !mbWorkId.isBlank()) {
            return "mb:" + mbWorkId.strip().toLowerCase(Locale.ROOT);
        }
        if (catalogue != null && !catalogue.isBlank()) {
            return "cat:" + fold(composer) + SEPARATOR + NOT_ALPHANUMERIC.matcher(fold(catalogue)).replaceAll("");
        }
        return "tag:" + fold(composer) + SEPARATOR + fold(title);
    }

    static String fold(String value) {
        if (value == null) {
            return "";
        }
        String composed = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return (hasSpacesToFold(composed) ? SPACES.matcher(composed).replaceAll(" ") : composed).toLowerCase(Locale.ROOT);
    }

    /** Whether {@link #SPACES} would change anything: a run of spaces, or a space other than ' '. */
    private static boolean hasSpacesToFold(String value) {
        boolean afterSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || (c == ' ' && afterSpace)) {
                return true;
            }
            afterSpace = c == ' ';
        }
        return false;
    }
}
