package org.preventduty.referrals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;

/**
 * Scores how likely two descriptions are of the same person, from their names (spelling, sound, known variants, given
 * and family names swapped, aliases), dates of birth or ages, sex and postcode, and says why. The score is advice for
 * the Prevent lead, who decides; nothing is linked without them.
 */
final class PersonMatcher {

    /** Scores at or above this are shown as possible matches. */
    static final double THRESHOLD = 0.80;

    /**
     * Scores at or above this are shown to someone searching: they see the scores and reasons, and a search often
     * lacks the date of birth that lifts a true match over {@link #THRESHOLD}.
     */
    static final double SEARCH_THRESHOLD = 0.60;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private PersonMatcher() {}

    /**
     * How someone is described.
     *
     * @param names the name and aliases, each as {given, family}.
     * @param dateOfBirth the date of birth, if known.
     * @param age the age on the day of comparison, if known or estimated.
     * @param sex the sex.
     * @param postcode the postcode.
     */
    record Description(
            List<String[]> names,
            @Nullable LocalDate dateOfBirth,
            @Nullable Integer age,
            @Nullable Sex sex,
            @Nullable String postcode) {}

    /**
     * A score with its reasons.
     *
     * @param score between 0 and 1.
     * @param reasons message keys saying why, most telling first.
     */
    record Score(double score, List<String> reasons) {}

    static Score score(Description referred, Description known) {
        var reasons = new ArrayList<String>();
        var best = 0.0;
        var bestReasons = List.<String>of();
        for (var a : referred.names()) {
            for (var b : known.names()) {
                var pairReasons = new ArrayList<String>();
                var similarity = names(a[0], a[1], b[0], b[1], pairReasons);
                if (similarity > best) {
                    best = similarity;
                    bestReasons = pairReasons;
                    if (a != referred.names().get(0) || b != known.names().get(0)) {
                        bestReasons = new ArrayList<>(pairReasons);
                        bestReasons.add("match.alias");
                    }
                }
            }
        }
        reasons.addAll(bestReasons);
        var dates = dates(referred, known, reasons);
        var total = 0.6 * best + 0.4 * dates;
        if (referred.sex() != null
                && known.sex() != null
                && referred.sex() != Sex.NOT_KNOWN
                && known.sex() != Sex.NOT_KNOWN
                && referred.sex() != known.sex()) {
            total -= 0.2;
            reasons.add("match.sexDiffers");
        }
        if (referred.postcode() != null && Objects.equals(referred.postcode(), known.postcode())) {
            total += 0.05;
            reasons.add("match.samePostcode");
        }
        return new Score(Math.max(0, Math.min(1, total)), List.copyOf(reasons));
    }

    /** How alike two names are, given and family compared straight and swapped. */
    static double names(
            @Nullable String givenA,
            @Nullable String familyA,
            @Nullable String givenB,
            @Nullable String familyB,
            List<String> reasons) {
        var straightReasons = new ArrayList<String>();
        var straight = pair(
                NameKeys.firstWord(givenA),
                NameKeys.compact(familyA),
                NameKeys.firstWord(givenB),
                NameKeys.compact(familyB),
                straightReasons);
        var swappedReasons = new ArrayList<String>();
        var swapped = 0.97
                * pair(
                        NameKeys.firstWord(givenA),
                        NameKeys.compact(familyA),
                        NameKeys.compact(familyB),
                        NameKeys.firstWord(givenB),
                        swappedReasons);
        if (swapped > straight) {
            reasons.addAll(swappedReasons);
            reasons.add("match.swapped");
            return swapped;
        }
        reasons.addAll(straightReasons);
        return straight;
    }

    private static double pair(String givenA, String familyA, String givenB, String familyB, List<String> reasons) {
        var hasGiven = !givenA.isEmpty() && !givenB.isEmpty();
        var hasFamily = !familyA.isEmpty() && !familyB.isEmpty();
        if (!hasGiven && !hasFamily) {
            return 0;
        }
        var family = hasFamily ? word(familyA, familyB, "family", reasons) : 0.5;
        var given = hasGiven ? word(givenA, givenB, "given", reasons) : 0.5;
        var combined = 0.55 * family + 0.45 * given;
        // One name alike and the other not (brothers, an uncle) is weak evidence.
        return Math.min(family, given) < 0.75 ? 0.8 * combined : combined;
    }

    private static double word(String a, String b, String part, List<String> reasons) {
        if (a.equals(b)) {
            reasons.add("match." + part + ".same");
            return 1.0;
        }
        if (NameKeys.canonical(a).equals(NameKeys.canonical(b))) {
            reasons.add("match." + part + ".variant");
            return 0.97;
        }
        var similarity = JARO_WINKLER.apply(a, b);
        if (similarity >= 0.7
                && NameKeys.phonetic(NameKeys.canonical(a)).equals(NameKeys.phonetic(NameKeys.canonical(b)))) {
            reasons.add("match." + part + ".soundsSame");
            return Math.max(similarity, 0.9);
        }
        if (similarity >= 0.9) {
            reasons.add("match." + part + ".similar");
        }
        return similarity;
    }

    private static double dates(Description a, Description b, List<String> reasons) {
        var dobA = a.dateOfBirth();
        var dobB = b.dateOfBirth();
        if (dobA != null && dobB != null) {
            if (dobA.equals(dobB)) {
                reasons.add("match.dob.same");
                return 1.0;
            }
            if (dobA.getYear() == dobB.getYear()
                    && dobA.getMonthValue() == dobB.getDayOfMonth()
                    && dobA.getDayOfMonth() == dobB.getMonthValue()) {
                reasons.add("match.dob.dayMonthSwapped");
                return 0.85;
            }
            if (dobA.getMonthValue() == dobB.getMonthValue()
                    && dobA.getDayOfMonth() == dobB.getDayOfMonth()
                    && Math.abs(dobA.getYear() - dobB.getYear()) == 1) {
                reasons.add("match.dob.yearOut");
                return 0.75;
            }
            if (dobA.getYear() == dobB.getYear() && dobA.getMonthValue() == dobB.getMonthValue()) {
                reasons.add("match.dob.sameMonth");
                return 0.65;
            }
            if (Math.abs(Period.between(dobA, dobB).toTotalMonths()) <= 12) {
                reasons.add("match.dob.close");
                return 0.35;
            }
            reasons.add("match.dob.differs");
            return 0.0;
        }
        if (a.age() != null && b.age() != null) {
            if (Math.abs(a.age() - b.age()) <= 2) {
                reasons.add("match.age.fits");
                return 0.6;
            }
            reasons.add("match.age.differs");
            return 0.1;
        }
        return 0.5;
    }
}
