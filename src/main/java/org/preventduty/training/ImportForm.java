package org.preventduty.training;

import org.jspecify.annotations.Nullable;

/** A file of staff or of completions to import, checked and shown before anything changes. */
final class ImportForm {
    private @Nullable String kind;

    public @Nullable String getKind() {
        return kind;
    }

    public void setKind(@Nullable String kind) {
        this.kind = kind;
    }

    /** The file's errors are reported on this property; the file itself comes as a part of the request. */
    public @Nullable String getFile() {
        return null;
    }
}
