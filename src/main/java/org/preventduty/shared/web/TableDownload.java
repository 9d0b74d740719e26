package org.preventduty.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The table of figures beside a chart, downloaded as CSV or as an Excel workbook: the same header and rows, numbers as
 * number cells and everything else as text, never a formula.
 */
public final class TableDownload {

    /** The Excel workbook media type. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableDownload() {}

    /**
     * The table as a file of the format, {@code csv} or {@code xlsx}.
     *
     * @param name the file's name without its extension.
     * @throws org.preventduty.shared.NotFoundException when the format is neither.
     */
    public static ResponseEntity<byte[]> of(
            String name, String format, List<String> header, List<? extends List<?>> rows) {
        if ("csv".equals(format)) {
            return CsvDownload.of(name + ".csv", header, rows);
        }
        if (!"xlsx".equals(format)) {
            throw new org.preventduty.shared.NotFoundException("Download");
        }
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
            var bold = workbook.createFont();
            bold.setBold(true);
            var heading = workbook.createCellStyle();
            heading.setFont(bold);
            var first = sheet.createRow(0);
            for (var c = 0; c < header.size(); c++) {
                var cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(heading);
            }
            for (var r = 0; r < rows.size(); r++) {
                var line = sheet.createRow(r + 1);
                var row = rows.get(r);
                for (var c = 0; c < row.size(); c++) {
                    var value = row.get(c);
                    if (value instanceof Number number) {
                        line.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        line.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(XLSX))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(name + ".xlsx")
                                    .build()
                                    .toString())
                    .cacheControl(CacheControl.noStore())
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
