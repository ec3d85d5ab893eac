package dev.fidelio.index;

/**
 * A quick scan reads only new and changed files; a full scan reads every file again; a rules scan reads no file
 * at all and applies the tag rules again to the raw tags the library keeps.
 */
public enum ScanKind {
    QUICK, FULL, RULES;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
