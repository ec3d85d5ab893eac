package dev.fidelio.index.rules;

/**
 * One artist credited in one role: already split from multi-artist strings, with a sort name.
 *
 * @param instrument for performers ("violin", "soprano"), else null
 * @param musicBrainzId the artist's MusicBrainz id when the tags pair one with this name, else null
 */
public record Credit(String name, String sortName, CreditRole role, String instrument, String musicBrainzId) {
}
