package org.preventduty.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.privacy.SubjectAccessPart;
import org.preventduty.privacy.Withholding;
import org.preventduty.shared.TenantId;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The referrals' part of a person's subject access export: who they are on record, and every referral about them with
 * what was said, by whom (unless withheld), about whom else (unless withheld), and what was decided.
 */
@Component
class ReferralSubjectAccess implements SubjectAccessPart {

    private final JdbcClient jdbc;
    private final ReferralDirectory directory;
    private final CodeLists codes;
    private final MessageSource messages;

    ReferralSubjectAccess(JdbcClient jdbc, ReferralDirectory directory, CodeLists codes, MessageSource messages) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.codes = codes;
        this.messages = messages;
    }

    @Override
    public Part part(UUID tenant, UUID personId, Set<Withholding> withheld, Locale locale) {
        var data = new LinkedHashMap<String, Object>();
        var sections = new ArrayList<Section>();
        directory.subject(new TenantId(tenant), personId).ifPresent(subject -> {
            var person = new LinkedHashMap<String, Object>();
            person.put("name", subject.name());
            person.put("otherNames", subject.aliases());
            person.put("dateOfBirth", subject.dateOfBirth());
            person.put("sex", subject.sex().name());
            person.put("postcode", subject.postcode());
            data.put("person", person);
            var items = new ArrayList<Item>();
            items.add(new Item(text("sar.name", locale), subject.name()));
            if (!subject.aliases().isEmpty()) {
                items.add(new Item(text("sar.otherNames", locale), String.join(", ", subject.aliases())));
            }
            add(items, text("sar.dateOfBirth", locale), subject.dateOfBirth());
            items.add(new Item(
                    text("sar.sex", locale), text("sex." + subject.sex().name(), locale)));
            add(items, text("sar.postcode", locale), subject.postcode());
            sections.add(new Section(text("sar.person", locale), items));
        });
        var people = jdbc.sql("select id from person where tenant_id = ? and (id = ? or merged_into = ?)")
                .params(tenant, personId, personId)
                .query(UUID.class)
                .list();
        var referrals = new ArrayList<Map<String, Object>>();
        if (!people.isEmpty()) {
            jdbc.sql(
                            "select id, reference, received_on, status, concern_summary, concern_type_of_concern,"
                                    + " concern_type_of_concern_version, referrer_name, referrer_role, referrer_organisation,"
                                    + " referrer_email, referrer_phone, decision_outcome, decision_reason, decision_feedback,"
                                    + " decision_decided_on, subject_address, subject_education_or_employment"
                                    + " from referral where tenant_id = :tenant and status not in ('DRAFT', 'DISCARDED')"
                                    + " and (person_id in (:people) or own_person_id in (:people)) order by received_on, reference")
                    .param("tenant", tenant)
                    .param("people", people)
                    .query((rs, n) -> {
                        var referral = new LinkedHashMap<String, Object>();
                        var id = rs.getObject("id", UUID.class);
                        referral.put("reference", rs.getString("reference"));
                        referral.put("receivedOn", rs.getObject("received_on", LocalDate.class));
                        referral.put("status", rs.getString("status"));
                        referral.put("address", rs.getString("subject_address"));
                        referral.put("educationOrEmployment", rs.getString("subject_education_or_employment"));
                        referral.put("concern", rs.getString("concern_summary"));
                        referral.put(
                                "typeOfConcern",
                                codes.label(
                                        CodeLists.TYPE_OF_CONCERN,
                                        rs.getString("concern_type_of_concern_version"),
                                        rs.getString("concern_type_of_concern")));
                        if (!withheld.contains(Withholding.REFERRER_IDENTITY)) {
                            var referrer = new LinkedHashMap<String, Object>();
                            referrer.put("name", rs.getString("referrer_name"));
                            referrer.put("role", rs.getString("referrer_role"));
                            referrer.put("organisation", rs.getString("referrer_organisation"));
                            referrer.put("email", rs.getString("referrer_email"));
                            referrer.put("phone", rs.getString("referrer_phone"));
                            referral.put("referrer", referrer);
                        }
                        referral.put("outcome", rs.getString("decision_outcome"));
                        referral.put("decisionReason", rs.getString("decision_reason"));
                        referral.put("feedbackToReferrer", rs.getString("decision_feedback"));
                        referral.put("decidedOn", rs.getObject("decision_decided_on", LocalDate.class));
                        referral.put("id", id);
                        return referral;
                    })
                    .list()
                    .forEach(referrals::add);
        }
        for (var referral : referrals) {
            var id = (UUID) referral.remove("id");
            var equality = jdbc.sql(
                            "select ethnicity, religion from referral_equality where tenant_id = ? and referral_id = ?")
                    .params(tenant, id)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                    .optional();
            equality.ifPresent(e -> {
                referral.put("ethnicity", e[0] == null ? null : codes.label("ETHNICITY", null, e[0]));
                referral.put("religion", e[1] == null ? null : codes.label("RELIGION", null, e[1]));
            });
            if (!withheld.contains(Withholding.OTHER_PEOPLE)) {
                referral.put(
                        "household",
                        jdbc.sql("select name, relationship, date_of_birth from referral_household where tenant_id = ?"
                                        + " and referral_id = ? order by position")
                                .params(tenant, id)
                                .query((rs, n) -> join(rs.getString(1), rs.getString(2)))
                                .list());
                referral.put(
                        "agencies",
                        jdbc.sql("select name, contact from referral_agency where tenant_id = ? and referral_id = ?"
                                        + " order by position")
                                .params(tenant, id)
                                .query((rs, n) -> join(rs.getString(1), rs.getString(2)))
                                .list());
            }
            sections.add(section(referral, locale));
        }
        data.put("referrals", referrals);
        return new Part("referrals", data, sections);
    }

    @SuppressWarnings("unchecked")
    private Section section(Map<String, Object> referral, Locale locale) {
        var items = new ArrayList<Item>();
        add(items, text("sar.receivedOn.label", locale), referral.get("receivedOn"));
        add(items, text("sar.typeOfConcern", locale), referral.get("typeOfConcern"));
        add(items, text("sar.concern", locale), referral.get("concern"));
        add(items, text("sar.address", locale), referral.get("address"));
        add(items, text("sar.educationOrEmployment", locale), referral.get("educationOrEmployment"));
        add(items, text("sar.ethnicity", locale), referral.get("ethnicity"));
        add(items, text("sar.religion", locale), referral.get("religion"));
        if (referral.get("referrer") instanceof Map<?, ?> referrer) {
            var who = new ArrayList<String>();
            for (var key : List.of("name", "role", "organisation", "email", "phone")) {
                if (referrer.get(key) != null) {
                    who.add(String.valueOf(referrer.get(key)));
                }
            }
            add(items, text("sar.referrer", locale), String.join(", ", who));
        }
        if (referral.get("household") instanceof List<?> household && !household.isEmpty()) {
            add(items, text("sar.household", locale), String.join("; ", (List<String>) household));
        }
        if (referral.get("agencies") instanceof List<?> agencies && !agencies.isEmpty()) {
            add(items, text("sar.agencies", locale), String.join("; ", (List<String>) agencies));
        }
        if (referral.get("outcome") != null) {
            add(items, text("sar.outcome", locale), text("outcome." + referral.get("outcome"), locale));
        }
        add(items, text("sar.decisionReason", locale), referral.get("decisionReason"));
        add(items, text("sar.feedback", locale), referral.get("feedbackToReferrer"));
        add(items, text("sar.decidedOn", locale), referral.get("decidedOn"));
        return new Section(text("sar.referral", locale, referral.get("reference")), items);
    }

    private static String join(@Nullable String first, @Nullable String second) {
        return second == null || second.isBlank() ? (first == null ? "" : first) : first + " (" + second + ")";
    }

    private static void add(List<Item> items, String label, @Nullable Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            items.add(new Item(label, String.valueOf(value)));
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
