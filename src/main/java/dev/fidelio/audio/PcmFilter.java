package dev.fidelio.audio;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A stage that transforms the stage before it: it owns that source (closing one closes both), reports its own
 * format, and adds its step to the signal path, or nothing when it changes nothing (a null step).
 */
public abstract class PcmFilter implements PcmSource {

    protected final PcmSource source;
    private final PcmFormat format;
    private final String step;

    protected PcmFilter(PcmSource source, PcmFormat format, String step) {
        this.source = source;
        this.format = format;
        this.step = step;
    }

    @Override
    public final PcmFormat format() {
        return format;
    }

    /** As many frames as the source has left; a filter that changes the count says otherwise. */
    @Override
    public long remainingFrames() {
        return source.remainingFrames();
    }

    @Override
    public final List<String> signalPath() {
        if (step == null) {
            return source.signalPath();
        }
        List<String> path = new ArrayList<>(source.signalPath());
        path.add(step);
        return List.copyOf(path);
    }

    @Override
    public final void close() throws IOException {
        source.close();
    }
}
