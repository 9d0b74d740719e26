package org.preventduty.shared.web;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;

/**
 * The version of a record an API update was made from: from {@code If-Match: "3"} (or {@code W/"3"}) or from the
 * body's {@code version} field, as the API's conventions promise for every update. Every update endpoint takes both
 * ({@code ApiConventionsTests} checks it).
 */
public final class ExpectedVersion {

    private static final Pattern TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,9})\"?$");

    private ExpectedVersion() {}

    /**
     * The version the caller read, or {@literal null} when they gave none.
     *
     * @throws InvalidInputException when {@code If-Match} is not a version, or names another than the body.
     */
    public static @Nullable Integer of(@Nullable String ifMatch, @Nullable Integer bodyVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return bodyVersion;
        }
        var matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new InvalidInputException(
                    List.of(new Problem("If-Match", "version.ifMatch", "must hold the version read, such as \"3\"")));
        }
        var version = Integer.valueOf(matcher.group(1));
        if (bodyVersion != null && !bodyVersion.equals(version)) {
            throw new InvalidInputException(List.of(new Problem(
                    "If-Match",
                    "version.disagree",
                    "names version " + version + " but the body names " + bodyVersion)));
        }
        return version;
    }

    /**
     * The version the caller read, which they must give.
     *
     * @throws InvalidInputException when there is none, or it is not a version.
     */
    public static int required(@Nullable String ifMatch, @Nullable Integer bodyVersion) {
        var version = of(ifMatch, bodyVersion);
        if (version == null) {
            throw new InvalidInputException(List.of(new Problem(
                    "version", "version.blank", "is required: send If-Match: \"<version>\" or a version field")));
        }
        return version;
    }
}
