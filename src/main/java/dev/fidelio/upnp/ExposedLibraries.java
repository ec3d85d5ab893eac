package dev.fidelio.upnp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.fidelio.boot.FidelioConfig;
import dev.fidelio.library.Libraries;
import dev.fidelio.library.LibraryItem;
import dev.fidelio.library.VisibleLibraries;

/**
 * The libraries UPnP serves. Control points and renderers cannot log in, so what they may see is the admin's choice:
 * {@code FIDELIO_UPNP_LIBRARIES} (music folders by name or path), by default all of them.
 */
@ApplicationScoped
class ExposedLibraries {

    private final Libraries libraries;
    private final Set<String> chosen;

    ExposedLibraries(Libraries libraries, FidelioConfig config) {
        this.libraries = libraries;
        this.chosen = config.upnp().libraries().orElse(List.of()).stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    VisibleLibraries visible() {
        if (chosen.isEmpty()) {
            return VisibleLibraries.ALL;
        }
        // Asked each time: a library added at run time under a chosen name is served at once.
        return VisibleLibraries.only(libraries.visible(VisibleLibraries.ALL).stream().filter(this::isChosen).map(LibraryItem::id)
                .collect(Collectors.toSet()));
    }

    private boolean isChosen(LibraryItem library) {
        return chosen.contains(library.name().toLowerCase(Locale.ROOT)) || chosen.contains(library.path().toLowerCase(Locale.ROOT));
    }
}
