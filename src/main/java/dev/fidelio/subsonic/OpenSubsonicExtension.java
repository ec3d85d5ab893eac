package dev.fidelio.subsonic;

import java.util.List;

/** An OpenSubsonic extension and the versions of it this server implements, as getOpenSubsonicExtensions lists it. */
public record OpenSubsonicExtension(String name, List<Integer> versions) {

    public OpenSubsonicExtension {
        versions = List.copyOf(versions);
    }

    public static OpenSubsonicExtension of(String name, Integer... versions) {
        return new OpenSubsonicExtension(name, List.of(versions));
    }
}
