package org.preventduty.referrals;

import java.util.Locale;
import java.util.regex.Pattern;

/** UK postcodes: checked for their shape and written in the usual form (upper case, one space before the last three). */
final class Postcodes {

    private static final Pattern SHAPE = Pattern.compile(
            "^(GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$");

    private Postcodes() {}

    static boolean isValid(String postcode) {
        return SHAPE.matcher(compact(postcode)).matches();
    }

    static String normalise(String postcode) {
        var compact = compact(postcode);
        if (compact.length() < 5) {
            return compact;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private static String compact(String postcode) {
        return postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
