package org.preventduty.channel;

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
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Channel's part of a person's subject access export: each case about them with the panel's decisions, consent, the
 * support given, the assessments' summaries and what agencies were asked and answered (the police's answers withheld
 * when the Prevent lead chooses).
 */
@Component
class CaseSubjectAccess implements SubjectAccessPart {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    CaseSubjectAccess(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    /** Whether an agency named on an information request is the police. */
    static boolean police(@Nullable String agency) {
        if (agency == null) {
            return false;
        }
        var name = agency.toLowerCase(Locale.UK);
        return name.contains("police") || name.contains("counter terrorism") || name.matches(".*\\bctp\\b.*");
    }

    @Override
    public Part part(UUID tenant, UUID personId, Set<Withholding> withheld, Locale locale) {
        var cases = jdbc.sql("select id, reference, status, opened_on, exited_on, closed_on, closing_summary"
                        + " from channel_case where tenant_id = ? and person_id = ? order by opened_on, reference")
                .params(tenant, personId)
                .query((rs, n) -> {
                    var found = new LinkedHashMap<String, Object>();
                    found.put("id", rs.getObject(1, UUID.class));
                    found.put("reference", rs.getString(2));
                    found.put("stage", rs.getString(3));
                    found.put("openedOn", rs.getObject(4, LocalDate.class));
                    found.put("exitedOn", rs.getObject(5, LocalDate.class));
                    found.put("closedOn", rs.getObject(6, LocalDate.class));
                    found.put("closingSummary", rs.getString(7));
                    return found;
                })
                .list();
        var sections = new ArrayList<Section>();
        for (var found : cases) {
            var id = (UUID) found.remove("id");
            found.put(
                    "decisions",
                    rows(
                            "select decided_on, decision, reasons from panel_decision where tenant_id = ? and case_id = ?"
                                    + " order by decided_on",
                            tenant,
                            id,
                            "decidedOn",
                            "decision",
                            "reasons"));
            found.put(
                    "notes",
                    rows(
                            "select occurred_on, category, note_text from case_note where tenant_id = ? and case_id = ?"
                                    + " order by occurred_on, recorded_at",
                            tenant,
                            id,
                            "occurredOn",
                            "category",
                            "text"));
            found.put(
                    "documents",
                    rows(
                            "select received_on, description, marking, file_name from case_document"
                                    + " where tenant_id = ? and case_id = ? and removed_at is null order by received_on",
                            tenant,
                            id,
                            "receivedOn",
                            "description",
                            "marking",
                            "fileName"));
            found.put(
                    "consent",
                    rows(
                            "select recorded_on, status, given_by from consent_record where tenant_id = ? and case_id = ?"
                                    + " order by recorded_on",
                            tenant,
                            id,
                            "recordedOn",
                            "status",
                            "givenBy"));
            found.put(
                    "support",
                    rows(
                            "select start_on, intervention_type, provider, status, ended_on from intervention"
                                    + " where tenant_id = ? and case_id = ? order by start_on",
                            tenant,
                            id,
                            "startOn",
                            "type",
                            "provider",
                            "status",
                            "endedOn"));
            found.put(
                    "assessments",
                    rows(
                            "select a.assessed_on, s.dimension, s.summary from assessment a join assessment_summary s"
                                    + " on s.tenant_id = a.tenant_id and s.assessment_id = a.id where a.tenant_id = ?"
                                    + " and a.case_id = ? order by a.assessed_on, s.dimension",
                            tenant,
                            id,
                            "assessedOn",
                            "dimension",
                            "summary"));
            var requests = rows(
                    "select asked_on, agency, what_asked, response, responded_on from information_request"
                            + " where tenant_id = ? and case_id = ? order by asked_on",
                    tenant,
                    id,
                    "askedOn",
                    "agency",
                    "asked",
                    "answer",
                    "answeredOn");
            if (withheld.contains(Withholding.POLICE_INFORMATION)) {
                requests = requests.stream()
                        .filter(request -> !police((String) request.get("agency")))
                        .toList();
            }
            found.put("informationRequests", requests);
            sections.add(section(found, locale));
        }
        var data = new LinkedHashMap<String, Object>();
        data.put("cases", cases);
        return new Part("channel", data, sections);
    }

    private List<Map<String, Object>> rows(String sql, UUID tenant, UUID caseId, String... names) {
        return jdbc.sql(sql)
                .params(tenant, caseId)
                .query((rs, n) -> {
                    var row = new LinkedHashMap<String, Object>();
                    for (var i = 0; i < names.length; i++) {
                        row.put(
                                names[i],
                                rs.getObject(i + 1) instanceof java.sql.Date day
                                        ? day.toLocalDate()
                                        : rs.getObject(i + 1));
                    }
                    return (Map<String, Object>) row;
                })
                .list();
    }

    @SuppressWarnings("unchecked")
    private Section section(Map<String, Object> found, Locale locale) {
        var items = new ArrayList<Item>();
        items.add(new Item(text("sar.stage", locale), text("caseStatus." + found.get("stage"), locale)));
        add(items, text("sar.openedOn", locale), found.get("openedOn"));
        add(items, text("sar.exitedOn", locale), found.get("exitedOn"));
        add(items, text("sar.closedOn", locale), found.get("closedOn"));
        add(items, text("sar.closingSummary", locale), found.get("closingSummary"));
        for (var decision : (List<Map<String, Object>>) found.get("decisions")) {
            add(
                    items,
                    text("sar.decision", locale, decision.get("decidedOn")),
                    text("decision." + decision.get("decision"), locale) + ": " + decision.get("reasons"));
        }
        for (var consent : (List<Map<String, Object>>) found.get("consent")) {
            add(
                    items,
                    text("sar.consent", locale, consent.get("recordedOn")),
                    text("consentStatus." + consent.get("status"), locale)
                            + (consent.get("givenBy") == null
                                    ? ""
                                    : " (" + text("givenBy." + consent.get("givenBy"), locale) + ")"));
        }
        for (var support : (List<Map<String, Object>>) found.get("support")) {
            add(
                    items,
                    text("sar.support", locale, support.get("startOn")),
                    text("interventionType." + support.get("type"), locale) + ", " + support.get("provider"));
        }
        for (var assessment : (List<Map<String, Object>>) found.get("assessments")) {
            add(items, text("sar.assessment", locale, assessment.get("assessedOn")), assessment.get("summary"));
        }
        for (var request : (List<Map<String, Object>>) found.get("informationRequests")) {
            add(
                    items,
                    text("sar.request", locale, request.get("askedOn"), request.get("agency")),
                    request.get("asked") + (request.get("answer") == null ? "" : " | " + request.get("answer")));
        }
        return new Section(text("sar.case", locale, found.get("reference")), items);
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
