package org.preventduty.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person referred, with every name they are known by and the phonetic keys to find them again. */
@Table("person")
class Person {

    @Id
    private UUID id;

    private UUID tenantId;
    private PersonStatus status;
    private @Nullable UUID mergedInto;
    private @Nullable LocalDate dateOfBirth;
    private @Nullable Integer approximateAge;
    private @Nullable LocalDate ageRecordedOn;
    private Sex sex;
    private @Nullable String postcode;
    private @Nullable UUID createdFromReferral;
    private Instant createdAt;

    @MappedCollection(idColumn = "person_id", keyColumn = "position")
    private List<Name> names = new ArrayList<>();

    /** Null until first saved, so that only a new record is inserted: a row written with version 0 is not new. */
    @Version
    private @Nullable Integer version;

    /** One name of the person, with its keys. */
    @Table("person_name")
    record Name(
            UUID tenantId,
            String kind,
            @Nullable String givenName,
            @Nullable String familyName,
            @Nullable String givenKey,
            @Nullable String familyKey,
            @Nullable LocalDate dateOfBirth) {}

    private Person() {}

    static Person fromReferral(
            UUID tenantId,
            UUID referralId,
            @Nullable String given,
            @Nullable String family,
            List<String[]> aliases,
            @Nullable LocalDate dateOfBirth,
            @Nullable Integer approximateAge,
            LocalDate ageRecordedOn,
            @Nullable Sex sex,
            @Nullable String postcode,
            Instant now) {
        var person = new Person();
        person.id = UUID.randomUUID();
        person.tenantId = tenantId;
        person.status = PersonStatus.UNCONFIRMED;
        person.dateOfBirth = dateOfBirth;
        person.approximateAge = dateOfBirth == null ? approximateAge : null;
        person.ageRecordedOn = ageRecordedOn;
        person.sex = sex == null ? Sex.NOT_KNOWN : sex;
        person.postcode = postcode;
        person.createdFromReferral = referralId;
        person.createdAt = now;
        person.names.add(name(tenantId, "NAME", given, family, dateOfBirth));
        for (var alias : aliases) {
            person.names.add(name(tenantId, "ALIAS", alias[0], alias[1], dateOfBirth));
        }
        return person;
    }

    private static Name name(
            UUID tenantId, String kind, @Nullable String given, @Nullable String family, @Nullable LocalDate born) {
        return new Name(tenantId, kind, given, family, NameKeys.key(given), NameKeys.familyKey(family), born);
    }

    void confirm() {
        if (status == PersonStatus.MERGED) {
            throw RuleViolationException.rule("person.merged", "The person has been linked to someone known.");
        }
        status = PersonStatus.CONFIRMED;
    }

    void mergeInto(UUID other) {
        if (other.equals(id)) {
            throw RuleViolationException.rule("person.self", "A person cannot be linked to themselves.");
        }
        status = PersonStatus.MERGED;
        mergedInto = other;
    }

    void unmerge() {
        status = PersonStatus.UNCONFIRMED;
        mergedInto = null;
    }

    /** The age on a day: from the date of birth, or estimated from an approximate age. */
    @Nullable
    Integer ageOn(LocalDate day) {
        if (dateOfBirth != null) {
            return java.time.Period.between(dateOfBirth, day).getYears();
        }
        if (approximateAge != null && ageRecordedOn != null) {
            return approximateAge + java.time.Period.between(ageRecordedOn, day).getYears();
        }
        return null;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    PersonStatus status() {
        return status;
    }

    @Nullable
    UUID mergedInto() {
        return mergedInto;
    }

    @Nullable
    LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    @Nullable
    Integer approximateAge() {
        return approximateAge;
    }

    @Nullable
    LocalDate ageRecordedOn() {
        return ageRecordedOn;
    }

    Sex sex() {
        return sex;
    }

    @Nullable
    String postcode() {
        return postcode;
    }

    List<Name> names() {
        return List.copyOf(names);
    }

    @Nullable
    UUID createdFromReferral() {
        return createdFromReferral;
    }
}
