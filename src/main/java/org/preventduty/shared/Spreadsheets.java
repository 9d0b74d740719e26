package org.preventduty.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.preventduty.shared.InvalidInputException.Problem;

/**
 * Reads the first sheet of an Excel workbook as the CSV text the imports take: dates as 2020-12-31, numbers as they
 * show, and a cell holding a formula as the formula's text, so that nothing in an uploaded file is ever calculated.
 */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {}

    /** Whether the bytes are a zip archive, as an .xlsx workbook is. */
    public static boolean looksLikeWorkbook(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /**
     * The CSV text of an uploaded file, as the imports read it: an Excel workbook's first sheet, or the file itself as
     * UTF-8 text.
     *
     * @throws InvalidInputException naming {@code file} when a workbook cannot be read.
     */
    public static String csvText(byte[] upload) {
        return looksLikeWorkbook(upload) ? toCsv(upload) : new String(upload, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String toCsv(byte[] workbook) {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                var out = new StringWriter();
                var printer = CSVFormat.DEFAULT
                        .builder()
                        .setRecordSeparator("\n")
                        .get()
                        .print(out)) {
            var sheet = book.getSheetAt(0);
            var formatter = new DataFormatter();
            var width = sheet.getRow(sheet.getFirstRowNum()) == null
                    ? 0
                    : sheet.getRow(sheet.getFirstRowNum()).getLastCellNum();
            for (var r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                var values = new ArrayList<String>();
                for (var c = 0; c < width; c++) {
                    var cell = row == null ? null : row.getCell(c);
                    if (cell == null) {
                        values.add("");
                    } else if (cell.getCellType() == CellType.FORMULA) {
                        values.add("=" + cell.getCellFormula());
                    } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        values.add(
                                cell.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_DATE));
                    } else {
                        values.add(formatter.formatCellValue(cell));
                    }
                }
                if (values.stream().allMatch(String::isBlank)) {
                    continue;
                }
                printer.printRecord(values);
            }
            printer.flush();
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException(
                    List.of(new Problem("file", "import.unreadable", "cannot be read as an Excel workbook")));
        }
    }
}
