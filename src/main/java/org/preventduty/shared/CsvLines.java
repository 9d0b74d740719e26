package org.preventduty.shared;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.InvalidInputException.Problem;

/**
 * A CSV file read a line at a time, for imports: the header is checked first, then the lines are handed over in batches
 * so that a file of any size is read in bounded memory. Each line is read as a {@link Line} that collects every problem
 * of it, not only the first. A line holding a NUL character is refused; a file that is not CSV is refused with a
 * sentence that names the line, never a class of the library that read it.
 */
public final class CsvLines {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final int mostLines;
    private long read;

    private CsvLines(CSVParser parser, int mostLines) {
        this.parser = parser;
        this.records = parser.iterator();
        this.mostLines = mostLines;
    }

    /**
     * Opens a file whose first line must be one of the headers given (names compared without case or spaces around).
     *
     * @param mostLines the most lines a file may have; more is refused.
     * @throws InvalidInputException naming {@code header} when the header is none of those, or {@code file} when the
     *     file cannot be read as CSV.
     */
    public static CsvLines open(Reader reader, int mostLines, List<List<String>> headers) {
        try {
            var parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(new ByteOrderMarkSkipping(reader));
            var names = parser.getHeaderNames().stream()
                    .map(name -> name.strip().toLowerCase(Locale.ROOT))
                    .toList();
            if (!headers.contains(names)) {
                throw new InvalidInputException(List.of(new Problem(
                        "header", "import.header", "the first line must be " + String.join(",", headers.get(0)))));
            }
            return new CsvLines(parser, mostLines);
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw unreadable(e, 1);
        }
    }

    /** Whether the file has the column. */
    public boolean hasColumn(String name) {
        return parser.getHeaderNames().stream()
                .anyMatch(column -> column.strip().equalsIgnoreCase(name));
    }

    /**
     * Hands the lines over in batches of at most {@code size}, in file order.
     *
     * @throws InvalidInputException naming {@code file} when the file stops being CSV part way (the lines already handed
     *     over stay handed over) or has more lines than allowed.
     */
    public void inBatches(int size, Consumer<List<Line>> work) {
        var batch = new ArrayList<Line>(size);
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw unreadable(e, read + 2);
            }
            read++;
            if (read > mostLines) {
                throw new InvalidInputException(
                        List.of(new Problem("file", "import.tooLong", "has more than " + mostLines + " lines")));
            }
            batch.add(new Line(record));
            if (batch.size() == size) {
                work.accept(List.copyOf(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            work.accept(List.copyOf(batch));
        }
    }

    private static RuntimeException unreadable(Exception e, long line) {
        var cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof IOException io && !(io instanceof CSVException)) {
            // The body itself could not be read (too large, the connection closed): not a fault of the file's content.
            return new UncheckedIOException(io);
        }
        return new InvalidInputException(List.of(new Problem(
                "file",
                "import.unreadable",
                "cannot be read as CSV from line " + line
                        + ": check that every quoted value ends with a quote and values are separated by commas")));
    }

    /**
     * One line of the file, collecting every problem found in it.
     *
     * <p>Read each value through {@link #required}, {@link #optional} or {@link #date}; each records what is wrong and
     * answers {@literal null}, so that every problem of the line is found before it is refused.
     */
    public static final class Line {

        private final CSVRecord record;
        private final List<String> problems = new ArrayList<>();

        Line(CSVRecord record) {
            this.record = record;
            if (record.size() < record.getParser().getHeaderNames().size()) {
                problems.add("the line has " + record.size() + " values, fewer than the header");
            }
            for (var value : record) {
                if (value != null && value.indexOf('\0') >= 0) {
                    problems.add("the line holds a NUL character, which is not allowed");
                    break;
                }
            }
        }

        /** The line's number in the file, the header being line 1. */
        public long number() {
            return record.getRecordNumber() + 1;
        }

        /** A value that must be given, at most {@code max} characters; null (and a problem) when it is not. */
        public @Nullable String required(String column, int max) {
            var value = optional(column, max);
            if (value == null && isSet(column)) {
                problems.add(column + " is missing");
            }
            return value;
        }

        /** A value that may be empty, at most {@code max} characters; null when empty. */
        public @Nullable String optional(String column, int max) {
            if (!isSet(column)) {
                return null;
            }
            var value = record.get(column);
            if (value == null || value.isBlank() || value.indexOf('\0') >= 0) {
                return null;
            }
            if (value.length() > max) {
                problems.add(column + " is longer than " + max + " characters");
                return null;
            }
            return value.strip();
        }

        /** A day written as 2020-12-31; null when empty, or (with a problem) when not a day. */
        public java.time.@Nullable LocalDate date(String column) {
            var value = optional(column, 10);
            if (value == null) {
                return null;
            }
            try {
                return java.time.LocalDate.parse(value);
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(column + " is not a date like 2020-12-31");
                return null;
            }
        }

        /** Records a problem of the line found by the caller's own rules. */
        public void problem(String message) {
            problems.add(message);
        }

        /** Every problem found so far, in the order found. */
        public List<String> problems() {
            return List.copyOf(problems);
        }

        /** Whether the line is free of problems so far. */
        public boolean fine() {
            return problems.isEmpty();
        }

        /** The problems as one sentence, for a report of rejected lines. */
        public String message() {
            return String.join("; ", problems);
        }

        private boolean isSet(String column) {
            return record.isMapped(column) && record.isSet(column);
        }
    }

    /** Skips a byte order mark at the start, which spreadsheets often write. */
    private static final class ByteOrderMarkSkipping extends Reader {

        private final Reader reader;
        private boolean started;

        ByteOrderMarkSkipping(Reader reader) {
            this.reader = reader;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            var count = reader.read(buffer, offset, length);
            if (!started && count > 0) {
                started = true;
                if (buffer[offset] == '\uFEFF') {
                    System.arraycopy(buffer, offset + 1, buffer, offset, count - 1);
                    return count - 1 == 0 ? read(buffer, offset, length) : count - 1;
                }
            }
            return count;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
