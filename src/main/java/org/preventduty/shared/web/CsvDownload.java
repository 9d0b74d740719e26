package org.preventduty.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list downloaded as a CSV file: UTF-8, not cached, and no cell a spreadsheet would run as a formula (a value
 * starting with =, +, -, @, a tab or a carriage return is prefixed with an apostrophe).
 */
public final class CsvDownload {

    private CsvDownload() {}

    /** The response that downloads the rows under the header as the named file. */
    public static ResponseEntity<byte[]> of(String fileName, List<String> header, List<? extends List<?>> rows) {
        var out = new StringBuilder();
        try (var printer = CSVFormat.DEFAULT.print(out)) {
            printer.printRecord(header);
            for (var row : rows) {
                printer.printRecord(row.stream().map(CsvDownload::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A value as a cell a spreadsheet will not run as a formula. */
    static String cell(@Nullable Object value) {
        var text = value == null ? "" : value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
