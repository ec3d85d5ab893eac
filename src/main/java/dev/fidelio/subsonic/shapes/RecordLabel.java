package dev.fidelio.subsonic.shapes;

public record RecordLabel(String name) {
}
