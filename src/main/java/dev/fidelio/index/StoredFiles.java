package dev.fidelio.index;

import java.util.Map;

import dev.fidelio.library.AudioFormat;
import dev.fidelio.index.probe.AudioProperties;
import dev.fidelio.index.probe.EmbeddedPicture;
import dev.fidelio.index.probe.ProbedFile;
import dev.fidelio.index.probe.RawTags;
import dev.fidelio.library.StoredFile;
import dev.fidelio.library.TrackRecord;

/** What a file said when it was last read, as the library kept it, in the shape the probe gives. */
final class StoredFiles {

    private StoredFiles() {
    }

    static ProbedFile asProbed(StoredFile file) {
        TrackRecord.Audio a = file.audio();
        AudioProperties audio = new AudioProperties(AudioFormat.fromId(a.format()), a.codec(), a.sampleRate(),
                a.bitsPerSample() == null ? 0 : a.bitsPerSample(), a.channels(), a.totalSamples() == null ? -1 : a.totalSamples(),
                a.durationSeconds(), a.bitrateKbps() == null ? 0 : a.bitrateKbps(), a.dsdRate() == null ? 0 : a.dsdRate(), a.md5());
        return new ProbedFile(audio, new RawTags(file.rawTags()), file.pictures().stream().map(StoredFiles::picture).toList());
    }

    private static EmbeddedPicture picture(Map<String, Object> p) {
        return new EmbeddedPicture(number(p, "type"), (String) p.get("mime"), number(p, "width"), number(p, "height"),
                ((Number) p.getOrDefault("offset", -1)).longValue(), number(p, "length"));
    }

    private static int number(Map<String, Object> p, String key) {
        Object value = p.get(key);
        return value instanceof Number n ? n.intValue() : 0;
    }
}
