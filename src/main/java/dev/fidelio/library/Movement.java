package dev.fidelio.library;

/** A movement of a work, as its recordings number and name it. */
public record Movement(Integer number, String name) {
}
