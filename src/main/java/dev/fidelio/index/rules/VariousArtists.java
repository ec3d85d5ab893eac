package dev.fidelio.index.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** The one name all spellings of "Various Artists" become, so that compilations group under one album artist. */
final class VariousArtists {

    private final String canonical;
    private final Set<String> folded = new HashSet<>();

    /** @param canonical null when the rules name none: then nothing counts as various */
    VariousArtists(String canonical, Collection<String> aliases) {
        this.canonical = canonical;
        if (canonical != null) {
            folded.add(Folding.fold(canonical));
            aliases.forEach(alias -> folded.add(Folding.fold(alias)));
            folded.remove("");
        }
    }

    boolean isVarious(String name) {
        return name != null && folded.contains(Folding.fold(name));
    }

    String canonicalize(String name) {
        return isVarious(name) ? canonical : name;
    }

    String canonical() {
        return canonical;
    }
}
