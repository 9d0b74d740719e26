package org.preventduty.identity;

import java.util.UUID;

/**
 * A key just created: the only time the key itself is available.
 *
 * @param id the key's id.
 * @param key the key, to be given to the system that will use it.
 * @param summary the key as it will be listed.
 */
public record NewApiKey(UUID id, String key, ApiKeySummary summary) {

    @Override
    public String toString() {
        return "NewApiKey[" + id + "]";
    }
}
