package org.preventduty.referrals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The referral form's answers as the pages bind them: text as typed, dates in three parts, so that a page with an
 * error shows exactly what was entered. Each page binds only its own fields; the others keep the saved answers.
 */
public class ReferralForm {

    private int version;
    private String immediateRisk;
    private String givenName;
    private String familyName;
    private String aliases;
    private String dateOfBirthDay;
    private String dateOfBirthMonth;
    private String dateOfBirthYear;
    private String approximateAge;
    private String sex;
    private String address;
    private String postcode;
    private String educationOrEmployment;
    private String languages;
    private String interpreterNeeded;
    private List<Answers.HouseholdMember> household = new ArrayList<>();
    private List<Answers.Agency> agencies = new ArrayList<>();
    private String memberName;
    private String memberRelationship;
    private String memberDateOfBirthDay;
    private String memberDateOfBirthMonth;
    private String memberDateOfBirthYear;
    private String agencyName;
    private String agencyContact;
    private String summary;
    private String whenSeen;
    private String whereSeen;
    private String seenBy;
    private List<String> indicators = new ArrayList<>();
    private String otherIndicator;
    private String onlineActivity;
    private String typeOfConcern;
    private List<String> vulnerabilities = new ArrayList<>();
    private String actionsTaken;
    private String personAware;
    private String parentsAware;
    private String referrerName;
    private String referrerRole;
    private String referrerOrganisation;
    private String referrerSector;
    private String referrerEmail;
    private String referrerPhone;
    private String ethnicity;
    private String religion;

    static ReferralForm of(Answers answers, int version) {
        var form = new ReferralForm();
        form.version = version;
        form.immediateRisk = yesNo(answers.immediateRisk());
        form.givenName = answers.givenName();
        form.familyName = answers.familyName();
        form.aliases = answers.aliases();
        if (answers.dateOfBirth() != null) {
            form.dateOfBirthDay = String.valueOf(answers.dateOfBirth().getDayOfMonth());
            form.dateOfBirthMonth = String.valueOf(answers.dateOfBirth().getMonthValue());
            form.dateOfBirthYear = String.valueOf(answers.dateOfBirth().getYear());
        }
        form.approximateAge = answers.approximateAge() == null ? null : String.valueOf(answers.approximateAge());
        form.sex = answers.sex() == null ? null : answers.sex().name();
        form.address = answers.address();
        form.postcode = answers.postcode();
        form.educationOrEmployment = answers.educationOrEmployment();
        form.languages = answers.languages();
        form.interpreterNeeded = yesNo(answers.interpreterNeeded());
        form.household = new ArrayList<>(answers.household());
        form.agencies = new ArrayList<>(answers.agencies());
        form.summary = answers.summary();
        form.whenSeen = answers.whenSeen();
        form.whereSeen = answers.whereSeen();
        form.seenBy = answers.seenBy();
        form.indicators = new ArrayList<>(answers.indicators().codes());
        form.otherIndicator = answers.otherIndicator();
        form.onlineActivity = answers.onlineActivity();
        form.typeOfConcern = answers.typeOfConcernNotSure() ? Referral.NOT_SURE : answers.typeOfConcern();
        form.vulnerabilities = new ArrayList<>(answers.vulnerabilities().codes());
        form.actionsTaken = answers.actionsTaken();
        form.personAware =
                answers.personAware() == null ? null : answers.personAware().name();
        form.parentsAware =
                answers.parentsAware() == null ? null : answers.parentsAware().name();
        form.referrerName = answers.referrerName();
        form.referrerRole = answers.referrerRole();
        form.referrerOrganisation = answers.referrerOrganisation();
        form.referrerSector = answers.referrerSector();
        form.referrerEmail = answers.referrerEmail();
        form.referrerPhone = answers.referrerPhone();
        form.ethnicity = answers.ethnicity();
        form.religion = answers.religion();
        return form;
    }

    /** The answers; fields that do not parse are left empty (each page checks its own before saving). */
    Answers answers() {
        return new Answers(
                "yes".equals(immediateRisk) ? Boolean.TRUE : "no".equals(immediateRisk) ? Boolean.FALSE : null,
                blank(givenName),
                blank(familyName),
                blank(aliases),
                date(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear),
                integer(approximateAge),
                enumOf(Sex.class, sex),
                blank(address),
                blank(postcode),
                blank(educationOrEmployment),
                blank(languages),
                "yes".equals(interpreterNeeded) ? Boolean.TRUE : "no".equals(interpreterNeeded) ? Boolean.FALSE : null,
                household,
                agencies,
                blank(summary),
                blank(whenSeen),
                blank(whereSeen),
                blank(seenBy),
                CodeSet.of(indicators),
                blank(otherIndicator),
                blank(onlineActivity),
                Referral.NOT_SURE.equals(typeOfConcern) ? null : blank(typeOfConcern),
                Referral.NOT_SURE.equals(typeOfConcern),
                CodeSet.of(vulnerabilities),
                blank(actionsTaken),
                enumOf(Awareness.class, personAware),
                enumOf(Awareness.class, parentsAware),
                blank(referrerName),
                blank(referrerRole),
                blank(referrerOrganisation),
                blank(referrerSector),
                blank(referrerEmail),
                blank(referrerPhone),
                blank(ethnicity),
                blank(religion));
    }

    static @Nullable LocalDate date(@Nullable String day, @Nullable String month, @Nullable String year) {
        if (blank(day) == null && blank(month) == null && blank(year) == null) {
            return null;
        }
        try {
            return LocalDate.of(
                    Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether a date typed in three parts is empty, whole and real, or something else. */
    static DateState dateState(@Nullable String day, @Nullable String month, @Nullable String year) {
        if (blank(day) == null && blank(month) == null && blank(year) == null) {
            return DateState.EMPTY;
        }
        if (blank(day) == null || blank(month) == null || blank(year) == null) {
            return DateState.INCOMPLETE;
        }
        try {
            var y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) {
                return DateState.INVALID;
            }
            LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            return DateState.VALID;
        } catch (NumberFormatException | DateTimeException e) {
            return DateState.INVALID;
        }
    }

    enum DateState {
        EMPTY,
        INCOMPLETE,
        INVALID,
        VALID
    }

    static @Nullable Integer integer(@Nullable String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String yesNo(@Nullable Boolean value) {
        return value == null ? null : value ? "yes" : "no";
    }

    // Names under which errors of whole groups of fields are reported.

    public String getDateOfBirth() {
        return null;
    }

    public String getMemberDateOfBirth() {
        return null;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getImmediateRisk() {
        return immediateRisk;
    }

    public void setImmediateRisk(String immediateRisk) {
        this.immediateRisk = immediateRisk;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public String getDateOfBirthDay() {
        return dateOfBirthDay;
    }

    public void setDateOfBirthDay(String dateOfBirthDay) {
        this.dateOfBirthDay = dateOfBirthDay;
    }

    public String getDateOfBirthMonth() {
        return dateOfBirthMonth;
    }

    public void setDateOfBirthMonth(String dateOfBirthMonth) {
        this.dateOfBirthMonth = dateOfBirthMonth;
    }

    public String getDateOfBirthYear() {
        return dateOfBirthYear;
    }

    public void setDateOfBirthYear(String dateOfBirthYear) {
        this.dateOfBirthYear = dateOfBirthYear;
    }

    public String getApproximateAge() {
        return approximateAge;
    }

    public void setApproximateAge(String approximateAge) {
        this.approximateAge = approximateAge;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getEducationOrEmployment() {
        return educationOrEmployment;
    }

    public void setEducationOrEmployment(String educationOrEmployment) {
        this.educationOrEmployment = educationOrEmployment;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(String interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
    }

    public List<Answers.HouseholdMember> getHousehold() {
        return household;
    }

    void setHouseholdMembers(List<Answers.HouseholdMember> household) {
        this.household = household;
    }

    public List<Answers.Agency> getAgencies() {
        return agencies;
    }

    void setAgencyList(List<Answers.Agency> agencies) {
        this.agencies = agencies;
    }

    public String getMemberName() {
        return memberName;
    }

    public void setMemberName(String memberName) {
        this.memberName = memberName;
    }

    public String getMemberRelationship() {
        return memberRelationship;
    }

    public void setMemberRelationship(String memberRelationship) {
        this.memberRelationship = memberRelationship;
    }

    public String getMemberDateOfBirthDay() {
        return memberDateOfBirthDay;
    }

    public void setMemberDateOfBirthDay(String memberDateOfBirthDay) {
        this.memberDateOfBirthDay = memberDateOfBirthDay;
    }

    public String getMemberDateOfBirthMonth() {
        return memberDateOfBirthMonth;
    }

    public void setMemberDateOfBirthMonth(String memberDateOfBirthMonth) {
        this.memberDateOfBirthMonth = memberDateOfBirthMonth;
    }

    public String getMemberDateOfBirthYear() {
        return memberDateOfBirthYear;
    }

    public void setMemberDateOfBirthYear(String memberDateOfBirthYear) {
        this.memberDateOfBirthYear = memberDateOfBirthYear;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public void setAgencyName(String agencyName) {
        this.agencyName = agencyName;
    }

    public String getAgencyContact() {
        return agencyContact;
    }

    public void setAgencyContact(String agencyContact) {
        this.agencyContact = agencyContact;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getWhenSeen() {
        return whenSeen;
    }

    public void setWhenSeen(String whenSeen) {
        this.whenSeen = whenSeen;
    }

    public String getWhereSeen() {
        return whereSeen;
    }

    public void setWhereSeen(String whereSeen) {
        this.whereSeen = whereSeen;
    }

    public String getSeenBy() {
        return seenBy;
    }

    public void setSeenBy(String seenBy) {
        this.seenBy = seenBy;
    }

    public List<String> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<String> indicators) {
        this.indicators = indicators == null ? new ArrayList<>() : indicators;
    }

    public String getOtherIndicator() {
        return otherIndicator;
    }

    public void setOtherIndicator(String otherIndicator) {
        this.otherIndicator = otherIndicator;
    }

    public String getOnlineActivity() {
        return onlineActivity;
    }

    public void setOnlineActivity(String onlineActivity) {
        this.onlineActivity = onlineActivity;
    }

    public String getTypeOfConcern() {
        return typeOfConcern;
    }

    public void setTypeOfConcern(String typeOfConcern) {
        this.typeOfConcern = typeOfConcern;
    }

    public List<String> getVulnerabilities() {
        return vulnerabilities;
    }

    public void setVulnerabilities(List<String> vulnerabilities) {
        this.vulnerabilities = vulnerabilities == null ? new ArrayList<>() : vulnerabilities;
    }

    public String getActionsTaken() {
        return actionsTaken;
    }

    public void setActionsTaken(String actionsTaken) {
        this.actionsTaken = actionsTaken;
    }

    public String getPersonAware() {
        return personAware;
    }

    public void setPersonAware(String personAware) {
        this.personAware = personAware;
    }

    public String getParentsAware() {
        return parentsAware;
    }

    public void setParentsAware(String parentsAware) {
        this.parentsAware = parentsAware;
    }

    public String getReferrerName() {
        return referrerName;
    }

    public void setReferrerName(String referrerName) {
        this.referrerName = referrerName;
    }

    public String getReferrerRole() {
        return referrerRole;
    }

    public void setReferrerRole(String referrerRole) {
        this.referrerRole = referrerRole;
    }

    public String getReferrerOrganisation() {
        return referrerOrganisation;
    }

    public void setReferrerOrganisation(String referrerOrganisation) {
        this.referrerOrganisation = referrerOrganisation;
    }

    public String getReferrerSector() {
        return referrerSector;
    }

    public void setReferrerSector(String referrerSector) {
        this.referrerSector = referrerSector;
    }

    public String getReferrerEmail() {
        return referrerEmail;
    }

    public void setReferrerEmail(String referrerEmail) {
        this.referrerEmail = referrerEmail;
    }

    public String getReferrerPhone() {
        return referrerPhone;
    }

    public void setReferrerPhone(String referrerPhone) {
        this.referrerPhone = referrerPhone;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getReligion() {
        return religion;
    }

    public void setReligion(String religion) {
        this.religion = religion;
    }
}
