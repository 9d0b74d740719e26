package org.preventduty.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.preventduty.referrals.PersonMatcher.Description;

/**
 * The matching of people against a set of name variants, with the precision and recall printed: transliterations,
 * nicknames, typos, swapped given and family names, aliases, dates of birth recorded differently, and people who
 * merely share a common name.
 */
class PersonMatcherTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    private record Case(String label, Description referred, Description known, boolean samePerson) {}

    private static Description person(String given, String family, String dob, Sex sex) {
        return new Description(
                List.<String[]>of(new String[] {given, family}),
                dob == null ? null : LocalDate.parse(dob),
                dob == null
                        ? null
                        : java.time.Period.between(LocalDate.parse(dob), TODAY).getYears(),
                sex,
                null);
    }

    private static Description aged(String given, String family, int age, Sex sex) {
        return new Description(List.<String[]>of(new String[] {given, family}), null, age, sex, null);
    }

    private static Description withAlias(Description d, String given, String family) {
        var names = new ArrayList<>(d.names());
        names.add(new String[] {given, family});
        return new Description(names, d.dateOfBirth(), d.age(), d.sex(), d.postcode());
    }

    private static Description at(Description d, String postcode) {
        return new Description(d.names(), d.dateOfBirth(), d.age(), d.sex(), postcode);
    }

    private static final Sex M = Sex.MALE;
    private static final Sex F = Sex.FEMALE;
    private static final Sex U = Sex.NOT_KNOWN;

    private static List<Case> cases() {
        return List.of(
                // The same person, written differently.
                new Case(
                        "transliteration",
                        person("Mohammed", "Khan", "2009-03-14", M),
                        person("Muhammad", "Khan", "2009-03-14", M),
                        true),
                new Case(
                        "transliteration 2",
                        person("Mohamed", "Ali", "2008-11-02", M),
                        person("Mohammad", "Ali", "2008-11-02", U),
                        true),
                new Case(
                        "abbreviation",
                        person("Mohd", "Abdulla", "2006-07-30", M),
                        person("Mohammed", "Abdullah", "2006-07-30", M),
                        true),
                new Case(
                        "nickname",
                        person("Bill", "Jones", "2007-02-20", M),
                        person("William", "Jones", "2007-02-20", M),
                        true),
                new Case(
                        "nickname and age",
                        aged("Bob", "Smith", 16, M),
                        person("Robert", "Smith", "2008-06-01", M),
                        true),
                new Case(
                        "spelling",
                        person("Catherine", "Brown", "2010-09-09", F),
                        person("Katherine", "Brown", "2010-09-09", F),
                        true),
                new Case(
                        "spelling 2",
                        person("Jon", "Smyth", "2005-05-05", M),
                        person("John", "Smith", "2005-05-05", M),
                        true),
                new Case(
                        "typo",
                        person("Jonathon", "Evans", "2004-12-24", M),
                        person("Jonathan", "Evans", "2004-12-24", M),
                        true),
                new Case(
                        "double letter",
                        person("Mathew", "Wilson", "2003-03-03", M),
                        person("Matthew", "Wilson", "2003-03-03", M),
                        true),
                new Case(
                        "swapped names",
                        person("Khan", "Ahmed", "2011-01-17", M),
                        person("Ahmed", "Khan", "2011-01-17", M),
                        true),
                new Case(
                        "day and month swapped",
                        person("Kieran", "Doyle", "2008-04-05", M),
                        person("Kieran", "Doyle", "2008-05-04", M),
                        true),
                new Case(
                        "year out by one",
                        person("Lewis", "Hart", "2007-06-12", M),
                        person("Lewis", "Hart", "2006-06-12", M),
                        true),
                new Case(
                        "hyphen",
                        person("Sami", "Al-Hassan", "2009-10-10", M),
                        person("Sami", "Al Hassan", "2009-10-10", M),
                        true),
                new Case(
                        "yusuf",
                        person("Yusuf", "Patel", "2010-08-08", M),
                        person("Yousef", "Patel", "2010-08-08", M),
                        true),
                new Case(
                        "accent",
                        person("Zoë", "Clarke", "2012-02-29", F),
                        person("Zoe", "Clarke", "2012-02-29", F),
                        true),
                new Case(
                        "aisha",
                        person("Aisha", "Begum", "2009-01-01", F),
                        person("Ayesha", "Begum", "2009-01-01", F),
                        true),
                new Case(
                        "stephen",
                        person("Stephen", "Taylor", "1999-07-07", M),
                        person("Steven", "Taylor", "1999-07-07", M),
                        true),
                new Case(
                        "hussain",
                        person("Imran", "Hussain", "2002-02-02", M),
                        person("Imran", "Hussein", "2002-02-02", M),
                        true),
                new Case(
                        "usman",
                        person("Osman", "Ali", "2008-03-30", M),
                        person("Usman", "Ali", "2008-03-30", M),
                        true),
                new Case(
                        "umar",
                        person("Omar", "Farooq", "2007-12-01", M),
                        person("Umar", "Farooq", "2007-12-01", M),
                        true),
                new Case(
                        "jacob",
                        person("Jake", "Hughes", "2009-09-19", M),
                        person("Jacob", "Hughes", "2009-09-19", M),
                        true),
                new Case(
                        "chris",
                        person("Chris", "Lee", "2001-04-04", M),
                        person("Christopher", "Lee", "2001-04-04", M),
                        true),
                new Case(
                        "alias",
                        withAlias(person("Danny", "Reid", "2006-06-06", M), "Daniel", "Reed"),
                        person("Daniel", "Reed", "2006-06-06", M),
                        true),
                new Case(
                        "unknown birth, same address",
                        at(aged("Tyler", "Moss", 15, M), "N3 1AA"),
                        at(aged("Tyler", "Moss", 14, M), "N3 1AA"),
                        true),
                new Case("name and age only", aged("Ellie", "Marsh", 14, F), aged("Elle", "Marsh", 15, F), true),
                new Case(
                        "sex not recorded",
                        person("Rhys", "Morgan", "2010-01-31", U),
                        person("Rhys", "Morgan", "2010-01-31", M),
                        true),
                // Different people.
                new Case(
                        "common name, other age",
                        person("Mohammed", "Khan", "2009-03-14", M),
                        person("Mohammed", "Khan", "1985-10-02", M),
                        false),
                new Case(
                        "common name, other age 2",
                        person("John", "Smith", "2008-01-01", M),
                        person("John", "Smith", "1990-05-17", M),
                        false),
                new Case(
                        "sibling",
                        person("John", "Smith", "2001-01-01", M),
                        person("Jane", "Smith", "2001-01-01", F),
                        false),
                new Case(
                        "other names",
                        person("Ahmed", "Ali", "2005-05-05", M),
                        person("Ali", "Hassan", "2005-05-05", M),
                        false),
                new Case(
                        "similar names, other birthday",
                        person("Sarah", "Jones", "2007-03-03", F),
                        person("Sara", "Johnson", "2008-11-21", F),
                        false),
                new Case(
                        "brothers",
                        person("Daniel", "Brown", "2006-04-01", M),
                        person("David", "Brown", "2009-08-15", M),
                        false),
                new Case(
                        "sisters",
                        person("Emma", "Wilson", "2010-02-02", F),
                        person("Emily", "Wilson", "2012-07-07", F),
                        false),
                new Case(
                        "michelle",
                        person("Michael", "Clarke", "2004-04-04", M),
                        person("Michelle", "Clarke", "2004-10-10", F),
                        false),
                new Case(
                        "same birthday",
                        person("Tom", "Harris", "2009-09-09", M),
                        person("Luke", "Owen", "2009-09-09", M),
                        false),
                new Case(
                        "father",
                        person("Liam", "Murphy", "2010-06-30", M),
                        person("William", "Murphy", "1972-06-30", M),
                        false),
                new Case(
                        "petra",
                        person("Peter", "Grant", "2003-01-20", M),
                        person("Petra", "Grant", "2005-03-12", F),
                        false),
                new Case(
                        "hannah",
                        person("Hannah", "Lee", "2011-11-11", F),
                        person("Anna", "Lee", "2009-05-23", F),
                        false),
                new Case("other age", aged("Yusuf", "Ahmed", 15, M), aged("Yusuf", "Ahmed", 41, M), false),
                new Case(
                        "ryan",
                        person("Ryan", "Scott", "2008-08-08", M),
                        person("Brian", "Scott", "2002-02-14", M),
                        false),
                new Case(
                        "cousins",
                        person("Aisha", "Rahman", "2010-05-01", F),
                        person("Amina", "Rahman", "2010-09-17", F),
                        false),
                new Case(
                        "unrelated",
                        person("Oliver", "Bennett", "2007-07-14", M),
                        person("Harvey", "Collins", "2007-01-03", M),
                        false),
                new Case(
                        "same family, other child",
                        person("Musa", "Begum", "2012-03-03", M),
                        person("Aisha", "Begum", "2009-01-01", F),
                        false),
                new Case(
                        "same family name only", aged("Callum", "Price", 16, M), aged("Ethan", "Price", 16, M), false));
    }

    @Test
    void findsTheSamePersonWrittenDifferentlyAndNotOthersWithPrecisionAndRecallAboveNinetyPercent() {
        int truePositive = 0;
        int falsePositive = 0;
        int falseNegative = 0;
        var misses = new ArrayList<String>();
        for (var c : cases()) {
            var score = PersonMatcher.score(c.referred(), c.known());
            var matched = score.score() >= PersonMatcher.THRESHOLD;
            if (matched && c.samePerson()) {
                truePositive++;
            } else if (matched) {
                falsePositive++;
                misses.add("wrongly matched: " + c.label() + " " + score);
            } else if (c.samePerson()) {
                falseNegative++;
                misses.add("missed: " + c.label() + " " + score);
            }
        }
        var precision = truePositive / (double) (truePositive + falsePositive);
        var recall = truePositive / (double) (truePositive + falseNegative);
        System.out.printf(
                "Person matching on %d pairs: precision %.3f, recall %.3f%n", cases().size(), precision, recall);
        misses.forEach(System.out::println);
        assertThat(precision).as(misses.toString()).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as(misses.toString()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void saysWhyTwoDescriptionsMatch() {
        var score = PersonMatcher.score(
                person("Khan", "Muhammad", "2011-01-17", M), person("Mohammed", "Khan", "2011-01-17", M));
        assertThat(score.reasons()).contains("match.swapped", "match.dob.same");
        assertThat(score.reasons()).anyMatch(reason -> reason.startsWith("match.given"));
        var alias = PersonMatcher.score(
                withAlias(person("Danny", "Reid", "2006-06-06", M), "Daniel", "Reed"),
                person("Daniel", "Reed", "2006-06-06", M));
        assertThat(alias.reasons()).contains("match.alias", "match.family.same");
    }

    @Test
    void keysBringVariantsTogether() {
        assertThat(NameKeys.key("Muhammad")).isEqualTo(NameKeys.key("Mohammed"));
        assertThat(NameKeys.key("Bill")).isEqualTo(NameKeys.key("William"));
        assertThat(NameKeys.familyKey("Al-Hassan")).isEqualTo(NameKeys.familyKey("Al Hassan"));
        assertThat(NameKeys.key("Zoë")).isEqualTo(NameKeys.key("zoe"));
        assertThat(NameKeys.key(null)).isNull();
        assertThat(NameKeys.key("  ")).isNull();
    }
}
