package dev.fidelio.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Tag")
public record TagType(@NonNull String name, @NonNull List<@NonNull String> values) {
}
