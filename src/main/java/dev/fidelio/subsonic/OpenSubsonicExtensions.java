package dev.fidelio.subsonic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The OpenSubsonic extensions this server implements: those of the protocol layer itself, and those the methods
 * declare ({@link SubsonicEndpoint#extensions()}), so an extension is announced exactly when its methods exist.
 */
@ApplicationScoped
public class OpenSubsonicExtensions {

    private static final List<OpenSubsonicExtension> PROTOCOL = List.of(SubsonicResource.FORM_POST,
            SubsonicAuthenticator.API_KEY_AUTHENTICATION);

    private final List<OpenSubsonicExtension> supported;

    OpenSubsonicExtensions(SubsonicMethods methods) {
        Map<String, TreeSet<Integer>> versions = new TreeMap<>();
        List<OpenSubsonicExtension> declared = new ArrayList<>(PROTOCOL);
        methods.all().forEach(method -> declared.addAll(method.extensions()));
        for (OpenSubsonicExtension extension : declared) {
            versions.computeIfAbsent(extension.name(), name -> new TreeSet<>()).addAll(extension.versions());
        }
        this.supported = versions.entrySet().stream()
                .map(e -> new OpenSubsonicExtension(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** By name; an extension several methods implement is listed once, with every version any of them declares. */
    public List<OpenSubsonicExtension> supported() {
        return supported;
    }
}
