package dev.fidelio.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Disc")
public record Disc(int number, String subtitle, @NonNull List<@NonNull TrackNode> tracks) {
}
