package org.preventduty.shared;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A PDF made from a whole XHTML document, tagged for screen readers (PDF/UA, PDF/A-3u) with the Liberation Sans fonts
 * embedded; the document's {@code lang} and {@code <title>} become the PDF's language and title. Documents name the
 * font family {@value #FONT}.
 */
public final class TaggedPdf {

    public static final String FONT = "Liberation Sans";

    private TaggedPdf() {}

    /** The PDF of an XHTML document. */
    public static byte[] of(String xhtml) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useFont(
                    () -> font("LiberationSans-Regular.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("LiberationSans-Bold.ttf"), FONT, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(
                    () -> font("LiberationSans-Italic.ttf"), FONT, 400, PdfRendererBuilder.FontStyle.ITALIC, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        var stream = TaggedPdf.class.getClassLoader().getResourceAsStream("liberation/" + name);
        if (stream == null) {
            throw new IllegalStateException("The font " + name + " is missing");
        }
        return stream;
    }
}
