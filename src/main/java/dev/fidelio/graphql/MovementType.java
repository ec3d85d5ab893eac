package dev.fidelio.graphql;

import org.eclipse.microprofile.graphql.Type;

@Type("Movement")
public record MovementType(Integer number, String name) {
}
