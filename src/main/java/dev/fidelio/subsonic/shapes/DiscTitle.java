package dev.fidelio.subsonic.shapes;

/** A disc's subtitle ("Day", "Night", "Live in Berlin"). */
public record DiscTitle(int disc, String title) {
}
