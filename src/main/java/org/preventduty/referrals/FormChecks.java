package org.preventduty.referrals;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.preventduty.referrals.ReferralForm.DateState;
import org.springframework.validation.Errors;

/** The checks of each page of the referral form, with the GOV.UK error messages of its fields. */
final class FormChecks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private FormChecks() {}

    static void check(FormStep step, ReferralForm form, Errors errors, LocalDate today, CodeLists codes) {
        switch (step) {
            case IMMEDIATE_DANGER -> {
                if (form.getImmediateRisk() == null) {
                    errors.rejectValue("immediateRisk", "form.immediateRisk.blank");
                }
            }
            case NAME -> {
                if (ReferralForm.blank(form.getGivenName()) == null
                        && ReferralForm.blank(form.getFamilyName()) == null) {
                    errors.rejectValue("givenName", "form.name.blank");
                }
                length(errors, "givenName", form.getGivenName(), 100);
                length(errors, "familyName", form.getFamilyName(), 100);
                length(errors, "aliases", form.getAliases(), 1000);
            }
            case DATE_OF_BIRTH -> {
                var state = ReferralForm.dateState(
                        form.getDateOfBirthDay(), form.getDateOfBirthMonth(), form.getDateOfBirthYear());
                if (state == DateState.INCOMPLETE) {
                    errors.rejectValue("dateOfBirth", "form.dateOfBirth.incomplete");
                } else if (state == DateState.INVALID) {
                    errors.rejectValue("dateOfBirth", "form.dateOfBirth.invalid");
                } else if (state == DateState.VALID) {
                    var date = ReferralForm.date(
                            form.getDateOfBirthDay(), form.getDateOfBirthMonth(), form.getDateOfBirthYear());
                    if (date.isAfter(today)) {
                        errors.rejectValue("dateOfBirth", "form.dateOfBirth.future");
                    } else if (date.isBefore(today.minusYears(120))) {
                        errors.rejectValue("dateOfBirth", "form.dateOfBirth.past");
                    }
                }
                if (ReferralForm.blank(form.getApproximateAge()) != null) {
                    var age = ReferralForm.integer(form.getApproximateAge());
                    if (age == null || age < 0 || age > 120) {
                        errors.rejectValue("approximateAge", "form.approximateAge.invalid");
                    }
                }
            }
            case SEX -> {
                if (form.getSex() == null) {
                    errors.rejectValue("sex", "form.sex.blank");
                }
            }
            case ADDRESS -> {
                length(errors, "address", form.getAddress(), 500);
                if (ReferralForm.blank(form.getPostcode()) != null && !Postcodes.isValid(form.getPostcode())) {
                    errors.rejectValue("postcode", "form.postcode.invalid");
                }
            }
            case SCHOOL_OR_WORK -> length(errors, "educationOrEmployment", form.getEducationOrEmployment(), 300);
            case LANGUAGE -> length(errors, "languages", form.getLanguages(), 300);
            case CONCERN -> {
                if (ReferralForm.blank(form.getSummary()) == null) {
                    errors.rejectValue("summary", "form.summary.blank");
                }
                length(errors, "summary", form.getSummary(), 10000);
            }
            case WHEN_AND_WHERE -> {
                length(errors, "whenSeen", form.getWhenSeen(), 500);
                length(errors, "whereSeen", form.getWhereSeen(), 500);
                length(errors, "seenBy", form.getSeenBy(), 500);
            }
            case INDICATORS -> {
                for (var code : form.getIndicators()) {
                    if (!codes.isCurrent(CodeLists.INDICATOR, code)) {
                        errors.rejectValue("indicators", "form.code.unknown");
                    }
                }
                if (form.getIndicators().contains("OTHER") && ReferralForm.blank(form.getOtherIndicator()) == null) {
                    errors.rejectValue("otherIndicator", "form.otherIndicator.blank");
                }
                length(errors, "otherIndicator", form.getOtherIndicator(), 500);
            }
            case ONLINE_ACTIVITY -> length(errors, "onlineActivity", form.getOnlineActivity(), 5000);
            case TYPE_OF_CONCERN -> {
                var type = form.getTypeOfConcern();
                if (type == null) {
                    errors.rejectValue("typeOfConcern", "form.typeOfConcern.blank");
                } else if (!Referral.NOT_SURE.equals(type) && !codes.isCurrent(CodeLists.TYPE_OF_CONCERN, type)) {
                    errors.rejectValue("typeOfConcern", "form.code.unknown");
                }
            }
            case VULNERABILITIES -> {
                for (var code : form.getVulnerabilities()) {
                    if (!codes.isCurrent(CodeLists.VULNERABILITY, code)) {
                        errors.rejectValue("vulnerabilities", "form.code.unknown");
                    }
                }
            }
            case ACTIONS_TAKEN -> length(errors, "actionsTaken", form.getActionsTaken(), 5000);
            case YOUR_DETAILS -> {
                required(errors, "referrerName", form.getReferrerName(), "form.referrerName.blank", 100);
                length(errors, "referrerRole", form.getReferrerRole(), 100);
                required(
                        errors,
                        "referrerOrganisation",
                        form.getReferrerOrganisation(),
                        "form.referrerOrganisation.blank",
                        200);
                if (form.getReferrerSector() == null) {
                    errors.rejectValue("referrerSector", "form.referrerSector.blank");
                } else if (!codes.isCurrent(CodeLists.SECTOR, form.getReferrerSector())) {
                    errors.rejectValue("referrerSector", "form.code.unknown");
                }
            }
            case YOUR_CONTACT_DETAILS -> {
                var email = ReferralForm.blank(form.getReferrerEmail());
                var phone = ReferralForm.blank(form.getReferrerPhone());
                if (email == null && phone == null) {
                    errors.rejectValue("referrerEmail", "form.referrerContact.blank");
                }
                if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
                    errors.rejectValue("referrerEmail", "form.referrerEmail.invalid");
                }
                if (phone != null && !phone.matches("[0-9 +()-]{6,40}")) {
                    errors.rejectValue("referrerPhone", "form.referrerPhone.invalid");
                }
            }
            case EQUALITY -> {
                if (form.getEthnicity() != null
                        && !form.getEthnicity().isBlank()
                        && !codes.isCurrent(CodeLists.ETHNICITY, form.getEthnicity())) {
                    errors.rejectValue("ethnicity", "form.code.unknown");
                }
                if (form.getReligion() != null
                        && !form.getReligion().isBlank()
                        && !codes.isCurrent(CodeLists.RELIGION, form.getReligion())) {
                    errors.rejectValue("religion", "form.code.unknown");
                }
            }
            default -> {}
        }
    }

    /** Checks the household member being added. */
    static void checkMember(ReferralForm form, Errors errors, LocalDate today) {
        required(errors, "memberName", form.getMemberName(), "form.memberName.blank", 100);
        length(errors, "memberRelationship", form.getMemberRelationship(), 100);
        var state = ReferralForm.dateState(
                form.getMemberDateOfBirthDay(), form.getMemberDateOfBirthMonth(), form.getMemberDateOfBirthYear());
        if (state == DateState.INCOMPLETE || state == DateState.INVALID) {
            errors.rejectValue("memberDateOfBirth", "form.dateOfBirth.invalid");
        } else if (state == DateState.VALID
                && ReferralForm.date(
                                form.getMemberDateOfBirthDay(),
                                form.getMemberDateOfBirthMonth(),
                                form.getMemberDateOfBirthYear())
                        .isAfter(today)) {
            errors.rejectValue("memberDateOfBirth", "form.dateOfBirth.future");
        }
    }

    /** Checks the agency being added. */
    static void checkAgency(ReferralForm form, Errors errors) {
        required(errors, "agencyName", form.getAgencyName(), "form.agencyName.blank", 200);
        length(errors, "agencyContact", form.getAgencyContact(), 300);
    }

    private static void required(Errors errors, String field, String value, String code, int max) {
        if (ReferralForm.blank(value) == null) {
            errors.rejectValue(field, code);
        } else {
            length(errors, field, value, max);
        }
    }

    private static void length(Errors errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.rejectValue(field, "form.tooLong", new Object[] {max}, null);
        }
    }
}
