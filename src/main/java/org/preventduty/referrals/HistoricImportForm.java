package org.preventduty.referrals;

import org.jspecify.annotations.Nullable;

/** A file of historic referrals to import, checked and shown line by line before anything changes. */
final class HistoricImportForm {

    /** The file's errors are reported on this property; the file itself comes as a part of the request. */
    public @Nullable String getFile() {
        return null;
    }
}
