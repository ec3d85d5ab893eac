package dev.fidelio.index.probe;

import java.util.List;

/** Everything the indexer learns from one audio file in one read. */
public record ProbedFile(AudioProperties audio, RawTags tags, List<EmbeddedPicture> pictures) {
}
