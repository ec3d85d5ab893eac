package dev.fidelio.index;

/** A quick scan reads only new and changed files; a full scan reads every file again. */
public enum ScanKind {
    QUICK, FULL;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
