package dev.fidelio.subsonic.shapes;

/** The work a song is (a part of): "Symphony No. 9 in E minor, Op. 95". */
public record Work(String name, String musicBrainzId) {
}
