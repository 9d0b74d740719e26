package org.preventduty.training;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/** Lists as CSV (formula-safe cells) and as Excel workbooks (every value a text cell, never a formula). */
final class Exports {

    private Exports() {}

    static byte[] csv(List<String> header, List<List<@Nullable String>> rows) {
        var out = new StringBuilder(String.join(",", header)).append("\r\n");
        for (var row : rows) {
            out.append(String.join(",", row.stream().map(CsvCells::cell).toList()))
                    .append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(String sheet, List<String> header, List<List<@Nullable String>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var page = workbook.createSheet(sheet);
            var bold = workbook.createFont();
            bold.setBold(true);
            var heading = workbook.createCellStyle();
            heading.setFont(bold);
            var first = page.createRow(0);
            for (var c = 0; c < header.size(); c++) {
                var cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(heading);
            }
            for (var r = 0; r < rows.size(); r++) {
                var line = page.createRow(r + 1);
                var row = rows.get(r);
                for (var c = 0; c < row.size(); c++) {
                    if (row.get(c) != null) {
                        line.createCell(c).setCellValue(row.get(c));
                    }
                }
            }
            page.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
