package org.preventduty.channel;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.preventduty.channel.CaseQueries.Pack;
import org.preventduty.channel.CaseQueries.PackCase;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The agenda pack and the minutes of a panel meeting as PDF and DOCX, made from the records, each page marked
 * OFFICIAL-SENSITIVE. The same content is laid out for both formats from one list of blocks.
 */
@Component
class PanelDocuments {

    static final String MARKING = "OFFICIAL-SENSITIVE";

    private final MessageSource messages;

    PanelDocuments(MessageSource messages) {
        this.messages = messages;
    }

    /** Which document; its title is the key of a message. */
    enum Kind {
        AGENDA("panelDocument.agenda.title"),
        MINUTES("panelDocument.minutes.title");

        final String title;

        Kind(String title) {
            this.title = title;
        }
    }

    /** A piece of a document: a heading, a paragraph, or a table with a header row. */
    sealed interface Block {}

    record Heading(String text, int level) implements Block {}

    record Text(String text) implements Block {}

    record Table(List<String> header, List<List<String>> rows) implements Block {}

    /** The content of a document, in order, in the reader's language. */
    List<Block> content(Kind kind, Pack pack) {
        var words = new Words(messages, LocaleContextHolder.getLocale());
        var m = pack.meeting();
        var blocks = new ArrayList<Block>();
        blocks.add(new Heading(words.text(kind.title), 1));
        blocks.add(new Text(words.text("panelDocument.meeting", words.day(m.heldOn()))
                + (m.startsAt() == null ? "" : " " + words.text("panelDocument.startsAt", m.startsAt()))
                + (m.location() == null ? "" : words.text("panelDocument.location", m.location()))
                + (m.chairName() == null ? "" : words.text("panelDocument.chair", m.chairName()))));
        blocks.add(
                new Heading(words.text(kind == Kind.AGENDA ? "panelDocument.invited" : "panelDocument.attendance"), 2));
        var header = new ArrayList<>(List.of(
                words.text("panelDocument.name"),
                words.text("panelDocument.organisation"),
                words.text("panelDocument.role")));
        if (kind == Kind.MINUTES) {
            header.add(words.text("panelDocument.present"));
        }
        blocks.add(new Table(
                header,
                m.attendees().stream()
                        .map(a -> {
                            var row = new ArrayList<>(
                                    List.of(a.name(), a.organisation(), words.text("panelRole." + a.panelRole())));
                            if (kind == Kind.MINUTES) {
                                row.add(words.text(
                                        a.present() == null
                                                ? "panelDocument.present.unknown"
                                                : a.present()
                                                        ? "panelDocument.present.yes"
                                                        : "panelDocument.present.no"));
                            }
                            return (List<String>) row;
                        })
                        .toList()));
        blocks.add(new Heading(words.text("panelDocument.cases"), 2));
        if (pack.cases().isEmpty()) {
            blocks.add(new Text(words.text("panelDocument.cases.none")));
        }
        var number = 1;
        for (var c : pack.cases()) {
            blocks.add(new Heading(
                    number++ + ". " + c.item().reference() + ": " + c.subject().name(), 3));
            blocks.add(new Text(born(c, words) + " "
                    + words.text(
                            "panelDocument.stage",
                            words.text("caseStatus." + c.item().status()))));
            if (kind == Kind.AGENDA) {
                for (var referral : c.referrals()) {
                    blocks.add(new Text(words.text(
                                    "panelDocument.referral",
                                    referral.reference(),
                                    referral.receivedOn() == null ? "" : words.day(referral.receivedOn()))
                            + (referral.organisation() == null
                                    ? ""
                                    : words.text("panelDocument.referral.from", referral.organisation()))
                            + ": " + (referral.summary() == null ? "" : referral.summary())));
                }
            } else {
                blocks.add(new Text(
                        c.item().minutes() == null
                                ? words.text("panelDocument.minutes.none")
                                : c.item().minutes()));
            }
            for (var decision : c.decisions()) {
                if (kind == Kind.MINUTES && !decision.meetingId().equals(m.id())) {
                    continue;
                }
                blocks.add(new Text(words.text(
                                "panelDocument.decision",
                                words.day(decision.decidedOn()),
                                words.text("decision." + decision.decision()),
                                words.text("decisionRule." + decision.rule()),
                                decision.reasons())
                        + (decision.consideredReferralElsewhere() == null
                                ? ""
                                : " "
                                        + words.text(
                                                decision.consideredReferralElsewhere()
                                                        ? "panelDocument.elsewhere.yes"
                                                        : "panelDocument.elsewhere.no")
                                        + (decision.referralElsewhereOutcome() == null
                                                ? "."
                                                : "; " + decision.referralElsewhereOutcome()))));
            }
        }
        if (kind == Kind.MINUTES) {
            blocks.add(new Heading(words.text("panelDocument.actions"), 2));
            if (pack.actions().isEmpty()) {
                blocks.add(new Text(words.text("panelDocument.actions.none")));
            } else {
                blocks.add(new Table(
                        List.of(
                                words.text("panelDocument.action"),
                                words.text("panelDocument.owner"),
                                words.text("panelDocument.due")),
                        pack.actions().stream()
                                .map(a -> List.of(a.description(), a.owner(), words.day(a.dueOn())))
                                .toList()));
            }
        }
        return blocks;
    }

    /** The words of a document in one language, and its days written out in that language. */
    private record Words(MessageSource messages, Locale locale) {

        String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        String day(LocalDate day) {
            return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
        }
    }

    byte[] pdf(Kind kind, Pack pack) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 60, 60);
        try {
            var writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(
                    new Marking(messages.getMessage("panelDocument.page", null, LocaleContextHolder.getLocale())));
            document.addTitle(messages.getMessage(kind.title, null, LocaleContextHolder.getLocale()));
            document.addSubject(MARKING);
            document.open();
            for (var block : content(kind, pack)) {
                if (block instanceof Heading h) {
                    var heading = new Paragraph(
                            h.text(),
                            new Font(Font.HELVETICA, h.level() == 1 ? 18 : h.level() == 2 ? 14 : 12, Font.BOLD));
                    heading.setSpacingBefore(h.level() == 1 ? 0 : 10);
                    heading.setSpacingAfter(4);
                    document.add(heading);
                } else if (block instanceof Text t) {
                    var paragraph = new Paragraph(t.text(), new Font(Font.HELVETICA, 10));
                    paragraph.setSpacingAfter(4);
                    document.add(paragraph);
                } else if (block instanceof Table t) {
                    var table = new PdfPTable(t.header().size());
                    table.setWidthPercentage(100);
                    table.setHeaderRows(1);
                    t.header()
                            .forEach(cell -> table.addCell(new Phrase(cell, new Font(Font.HELVETICA, 10, Font.BOLD))));
                    t.rows()
                            .forEach(row ->
                                    row.forEach(cell -> table.addCell(new Phrase(cell, new Font(Font.HELVETICA, 10)))));
                    document.add(table);
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF", e);
        }
        return out.toByteArray();
    }

    byte[] docx(Kind kind, Pack pack) {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.getProperties()
                    .getCoreProperties()
                    .setTitle(messages.getMessage(kind.title, null, LocaleContextHolder.getLocale()));
            for (var type : List.of(HeaderFooterType.DEFAULT)) {
                var header = document.createHeader(type).createParagraph();
                header.setAlignment(ParagraphAlignment.CENTER);
                var run = header.createRun();
                run.setBold(true);
                run.setText(MARKING);
                var footer = document.createFooter(type).createParagraph();
                footer.setAlignment(ParagraphAlignment.CENTER);
                var footerRun = footer.createRun();
                footerRun.setBold(true);
                footerRun.setText(MARKING);
            }
            for (var block : content(kind, pack)) {
                if (block instanceof Heading h) {
                    var paragraph = document.createParagraph();
                    paragraph.setStyle("Heading" + h.level());
                    var run = paragraph.createRun();
                    run.setBold(true);
                    run.setFontSize(h.level() == 1 ? 18 : h.level() == 2 ? 14 : 12);
                    run.setText(h.text());
                } else if (block instanceof Text t) {
                    document.createParagraph().createRun().setText(t.text());
                } else if (block instanceof Table t) {
                    var table =
                            document.createTable(t.rows().size() + 1, t.header().size());
                    for (var c = 0; c < t.header().size(); c++) {
                        var cell = table.getRow(0).getCell(c);
                        cell.removeParagraph(0);
                        var run = cell.addParagraph().createRun();
                        run.setBold(true);
                        run.setText(t.header().get(c));
                    }
                    for (var r = 0; r < t.rows().size(); r++) {
                        for (var c = 0; c < t.header().size(); c++) {
                            table.getRow(r + 1)
                                    .getCell(c)
                                    .setText(t.rows().get(r).get(c));
                        }
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String born(PackCase c, Words words) {
        var s = c.subject();
        if (s.dateOfBirth() != null) {
            return words.text("panelDocument.born", words.day(s.dateOfBirth()));
        }
        return s.approximateAge() == null
                ? words.text("panelDocument.age.unknown")
                : words.text("panelDocument.age", s.approximateAge());
    }

    /** Writes the protective marking at the top and bottom of every PDF page. */
    private static final class Marking extends PdfPageEventHelper {

        private final String page;

        Marking(String page) {
            this.page = page;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            var font = new Font(Font.HELVETICA, 10, Font.BOLD);
            var canvas = writer.getDirectContent();
            var x = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_CENTER, new Phrase(MARKING, font), x, document.top() + 25, 0);
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_CENTER,
                    new Phrase(MARKING + "   " + page + " " + writer.getPageNumber(), font),
                    x,
                    document.bottom() - 30,
                    0);
        }
    }
}
