package org.preventduty.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.preventduty.reporting.CommitteeReportData.Section;
import org.preventduty.shared.TaggedPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Makes a committee report as HTML, as a PDF tagged for screen readers (PDF/UA, fonts embedded, its language and title
 * set) and as a Word document with real heading styles, tables with header rows and page numbers, so that a council's
 * committee services can drop it into their own template. Each is marked OFFICIAL: every count of people in it is under
 * disclosure control.
 */
@Component
class CommitteeReportDocuments {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ITemplateEngine templates;
    private final MessageSource messages;

    CommitteeReportDocuments(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** The report as a whole HTML document, its styles within it. */
    String html(CommitteeReportData report) {
        var context = new Context(Locale.forLanguageTag(report.language()));
        context.setVariable("r", report);
        return templates.process("reporting/committee-report-document", context);
    }

    /** The report as a tagged PDF (PDF/UA), from the same HTML. */
    byte[] pdf(CommitteeReportData report) {
        return TaggedPdf.of(html(report));
    }

    /** The report as a Word document. */
    byte[] docx(CommitteeReportData report) {
        var locale = Locale.forLanguageTag(report.language());
        var days = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            styles(document, report.language());
            var properties = document.getProperties().getCoreProperties();
            properties.setTitle(text(
                    "report.document.title",
                    locale,
                    report.committee(),
                    days.format(report.from()),
                    days.format(report.to())));
            properties.setSubjectProperty(text("report.document.subject", locale, report.council()));
            var header = document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
            var marking = header.createParagraph();
            marking.setAlignment(ParagraphAlignment.CENTER);
            marking.createRun().setText(text("report.marking", locale));
            var footer = document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
            var numbers = footer.createParagraph();
            numbers.setAlignment(ParagraphAlignment.CENTER);
            numbers.getCTP().addNewFldSimple().setInstr("PAGE");
            numbers.createRun().setText(" / ");
            numbers.getCTP().addNewFldSimple().setInstr("NUMPAGES");

            paragraph(document, null, text("report.marking", locale));
            paragraph(document, "Title", text("report.document.heading", locale));
            paragraph(document, null, text("report.document.to", locale, report.committee(), report.council()));
            paragraph(
                    document,
                    null,
                    text(
                            "report.document.period",
                            locale,
                            days.format(report.from()),
                            days.format(report.to()),
                            days.format(report.madeOn())));
            paragraph(document, null, text("report.document.control", locale, report.threshold() - 1));
            for (var section : report.sections()) {
                paragraph(document, "Heading1", text("report.section." + section, locale));
                for (var line : report.words(section).split("\\R", -1)) {
                    if (!line.isBlank()) {
                        paragraph(document, null, line);
                    }
                }
                switch (section) {
                    case GOVERNANCE -> governance(document, report, locale, days);
                    case RISK -> risk(document, report, locale, days);
                    case CHANNEL -> channel(document, report, locale);
                    case TRAINING -> training(document, report, locale, days);
                    case PARTNERSHIP -> projects(document, report, locale);
                    case EQUALITIES -> equality(document, report, locale);
                    case BACKGROUND, RECOMMENDATIONS -> {
                        // The officer's words only.
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void governance(XWPFDocument document, CommitteeReportData report, Locale locale, DateTimeFormatter days) {
        var rows = new java.util.ArrayList<List<String>>();
        for (var b : report.boards()) {
            rows.add(List.of(
                    b.name(),
                    nullToEmpty(b.areaOfFocus()),
                    text("governance.frequency." + b.frequency(), locale),
                    days.format(b.lastUpdateOn()),
                    days.format(b.nextUpdateDue())
                            + (b.overdue() ? " (" + text("report.boards.overdue", locale) + ")" : "")));
        }
        table(
                document,
                text("report.boards.caption", locale),
                List.of(
                        text("report.boards.board", locale),
                        text("report.boards.focus", locale),
                        text("report.boards.frequency", locale),
                        text("report.boards.last", locale),
                        text("report.boards.next", locale)),
                rows,
                locale);
        for (var review : report.reviews()) {
            paragraph(document, "Heading2", review.title());
            paragraph(document, null, text("report.review.concluded", locale, days.format(review.concludedOn())));
            var lines = new java.util.ArrayList<List<String>>();
            for (var c : review.recommendations()) {
                lines.add(List.of(
                        String.valueOf(c.number()),
                        c.text(),
                        text("governance.response." + c.response(), locale),
                        nullToEmpty(c.responseReason()),
                        nullToEmpty(c.lead()),
                        (c.progress() == null ? "" : c.progress() + " ") + "("
                                + text("governance.status." + c.status(), locale) + ")"));
            }
            table(
                    document,
                    text("report.review.caption", locale, review.title()),
                    List.of(
                            text("report.review.number", locale),
                            text("report.review.recommendation", locale),
                            text("report.review.response", locale),
                            text("report.review.reason", locale),
                            text("report.review.lead", locale),
                            text("report.review.progress", locale)),
                    lines,
                    locale);
        }
        if (report.reviews().isEmpty()) {
            paragraph(document, null, text("report.review.none", locale));
        }
    }

    private void risk(XWPFDocument document, CommitteeReportData report, Locale locale, DateTimeFormatter days) {
        var risk = report.risk();
        if (risk == null) {
            paragraph(document, null, text("report.risk.none", locale));
            return;
        }
        table(
                document,
                text("report.risk.caption", locale),
                List.of(text("report.risk.version", locale), risk.versionNumber() + ": " + risk.title()),
                List.of(
                        List.of(text("report.risk.status", locale), text("risk.status." + risk.status(), locale)),
                        List.of(
                                text("report.risk.reviewed", locale),
                                risk.reviewedByGroup() == null
                                        ? text("report.notYet", locale)
                                        : risk.reviewedByGroup() + ", " + days.format(risk.reviewedOn())),
                        List.of(
                                text("report.risk.approved", locale),
                                risk.approvedBy() == null
                                        ? text("report.notYet", locale)
                                        : risk.approvedBy() + ", " + days.format(risk.approvedOn())),
                        List.of(
                                text("report.risk.next", locale),
                                risk.nextReview() == null
                                        ? text("report.risk.nextOnApproval", locale)
                                        : days.format(risk.nextReview()))),
                locale);
    }

    private void channel(XWPFDocument document, CommitteeReportData report, Locale locale) {
        var work = report.casework();
        table(
                document,
                text("report.channel.caption", locale),
                List.of(text("report.channel.meetings", locale), String.valueOf(work.meetingsHeld())),
                List.of(
                        List.of(text("report.channel.referrals", locale), String.valueOf(work.referrals())),
                        List.of(text("report.channel.discussed", locale), String.valueOf(work.discussedAtPanel())),
                        List.of(text("report.channel.adopted", locale), String.valueOf(work.adoptedAsChannelCase()))),
                locale);
        if (!work.attendance().isEmpty()) {
            table(
                    document,
                    text("report.attendance.caption", locale),
                    List.of(
                            text("report.attendance.organisation", locale),
                            text("report.attendance.invited", locale),
                            text("report.attendance.present", locale)),
                    work.attendance().stream()
                            .map(a ->
                                    List.of(a.organisation(), String.valueOf(a.invited()), String.valueOf(a.present())))
                            .toList(),
                    locale);
        }
    }

    private void training(XWPFDocument document, CommitteeReportData report, Locale locale, DateTimeFormatter days) {
        var rows = new java.util.ArrayList<List<String>>();
        for (var t : report.training().rows()) {
            rows.add(trainingRow(
                    t.department() == null ? text("report.training.noDepartment", locale) : t.department(), t));
        }
        rows.add(trainingRow(text("report.total", locale), report.training().total()));
        table(
                document,
                text("report.training.caption", locale, days.format(report.to())),
                List.of(
                        text("report.training.department", locale),
                        text("report.training.requiring", locale),
                        text("report.training.trained", locale),
                        text("report.training.sessions", locale),
                        text("report.training.percent", locale)),
                rows,
                locale);
    }

    private static List<String> trainingRow(String label, CommitteeReportData.TrainingRow row) {
        return List.of(
                label,
                String.valueOf(row.requiringTraining()),
                String.valueOf(row.trained()),
                String.valueOf(row.sessionsDelivered()),
                row.percent() == null ? "[c]" : row.percent());
    }

    private void projects(XWPFDocument document, CommitteeReportData report, Locale locale) {
        table(
                document,
                text("report.projects.caption", locale),
                List.of(
                        text("report.projects.project", locale),
                        text("report.projects.provider", locale),
                        text("report.projects.for", locale),
                        text("report.projects.series", locale),
                        text("report.projects.sessions", locale),
                        text("report.projects.participants", locale)),
                report.projects().stream()
                        .map(p -> List.of(
                                p.title(),
                                p.provider(),
                                nullToEmpty(p.targetGroup()),
                                String.valueOf(p.seriesDelivered()),
                                String.valueOf(p.sessionsDelivered()),
                                String.valueOf(p.participants())))
                        .toList(),
                locale);
    }

    private void equality(XWPFDocument document, CommitteeReportData report, Locale locale) {
        paragraph(document, null, text("report.equality.intro", locale));
        var referred = report.equality().referrals();
        var adopted = report.equality().adopted();
        var parts = List.of(
                List.of(referred.byEthnicity(), adopted.byEthnicity()),
                List.of(referred.byReligion(), adopted.byReligion()),
                List.of(referred.bySex(), adopted.bySex()),
                List.of(referred.byAgeBand(), adopted.byAgeBand()));
        var captions = List.of("byEthnicity", "byReligion", "bySex", "byAgeBand");
        for (var i = 0; i < parts.size(); i++) {
            var lines = parts.get(i).get(0);
            var adoptedLines = parts.get(i).get(1);
            var rows = new java.util.ArrayList<List<String>>();
            for (var j = 0; j < lines.size(); j++) {
                rows.add(List.of(
                        lines.get(j).label(),
                        String.valueOf(lines.get(j).count()),
                        String.valueOf(adoptedLines.get(j).count())));
            }
            rows.add(List.of(
                    text("report.total", locale), String.valueOf(referred.total()), String.valueOf(adopted.total())));
            table(
                    document,
                    text("report.equality." + captions.get(i), locale),
                    List.of(
                            text("report.equality.category", locale),
                            text("report.equality.referrals", locale),
                            text("report.equality.adopted", locale)),
                    rows,
                    locale);
        }
    }

    /** A table with its caption as a paragraph above it and a header row that repeats on every page. */
    private static void table(
            XWPFDocument document, String caption, List<String> header, List<List<String>> rows, Locale locale) {
        paragraph(document, "Caption", caption);
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        var first = table.getRow(0);
        first.setRepeatHeader(true);
        for (var i = 0; i < header.size(); i++) {
            var cell = first.getCell(i);
            cell.removeParagraph(0);
            var run = cell.addParagraph().createRun();
            run.setBold(true);
            run.setText(header.get(i));
        }
        for (var r = 0; r < rows.size(); r++) {
            for (var c = 0; c < header.size(); c++) {
                table.getRow(r + 1).getCell(c).setText(rows.get(r).get(c));
            }
        }
        paragraph(document, null, "");
    }

    private static void paragraph(XWPFDocument document, String style, String text) {
        var paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        var lines = text.split("\n", -1);
        var run = paragraph.createRun();
        for (var i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    /** The styles the document uses, named as Word's own so that a council's template takes them over. */
    private static void styles(XWPFDocument document, String language) {
        var styles = document.createStyles();
        var defaults = styles.getDefaultRunStyle();
        if (defaults == null) {
            var docDefaults =
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults.Factory.newInstance();
            docDefaults.addNewRPrDefault().addNewRPr().addNewLang().setVal(language.equals("cy") ? "cy-GB" : "en-GB");
            var ctStyles = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles.Factory.newInstance();
            ctStyles.setDocDefaults(docDefaults);
            styles.setStyles(ctStyles);
        }
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(heading("Title", "Title", 0, 40), styles));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(heading("Heading1", "heading 1", 1, 32), styles));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(heading("Heading2", "heading 2", 2, 26), styles));
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(heading("Caption", "caption", -1, 22), styles));
    }

    private static CTStyle heading(String id, String name, int level, int halfPoints) {
        var style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        if (level >= 1) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        }
        var run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return style;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The file name of a format of the report, such as {@code prevent-report-2020-02-17.pdf}. */
    static String fileName(CommitteeReportData report, String format) {
        return "prevent-report-" + report.to() + "." + format;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static boolean sectionWithTables(Section section) {
        return section != Section.BACKGROUND && section != Section.RECOMMENDATIONS;
    }
}
