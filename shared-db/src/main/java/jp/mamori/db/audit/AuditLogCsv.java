package jp.mamori.db.audit;

import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The CSV form of audit rows and checkpoints in a bundle: RFC 4180, header row, UTF-8, cells by {@link CsvCell}. */
final class AuditLogCsv {

    /** Exactly the columns of {@code MAMORI.AUDIT_LOG}, in table order. */
    static final List<String> LOG_COLUMNS = List.of("SEQ", "AT_UTC", "USER_NAME", "ROLE_CODE", "SECTION_CODE",
            "TERMINAL_ID", "SCREEN", "ACTION", "TARGET", "OUTCOME", "DETAIL", "PREV_HASH", "ROW_HASH");

    /** The columns of {@code MAMORI.AUDIT_CHECKPOINT}, in table order. */
    static final List<String> CHECKPOINT_COLUMNS = List.of("SEQ", "ROW_HASH", "SIGNED_AT", "SIGNATURE");

    static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private AuditLogCsv() {
    }

    static CSVFormat writeFormat(List<String> columns) {
        return CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
    }

    /** The cells of a row, each neutralised by {@link CsvCell#encode(String)}. */
    static List<String> values(AuditRecord r) {
        return cells(Long.toString(r.seq()), ChainHash.formatAt(r.at()), r.userName(), r.roleCode(),
                r.sectionCode(), r.terminalId(), r.screen(), r.action(), r.target(), r.outcome().name(),
                r.detail(), r.prevHash(), r.rowHash());
    }

    /** The cells of a checkpoint (a Base64 signature may start with {@code +}). */
    static List<String> values(Checkpoint c) {
        return cells(Long.toString(c.seq()), c.rowHash(), ChainHash.formatAt(c.signedAt()), c.signature());
    }

    private static List<String> cells(String... values) {
        return java.util.Arrays.stream(values).map(CsvCell::encode).toList();
    }

    private static String value(CSVRecord record, int column) {
        return CsvCell.decode(record.get(column));
    }

    static AuditRecord auditRecord(CSVRecord record) {
        requireSize(record, LOG_COLUMNS.size(), LogBundle.AUDIT_LOG);
        try {
            return new AuditRecord(Long.parseLong(value(record, 0)), ChainHash.parseAt(value(record, 1)),
                    value(record, 2), value(record, 3), value(record, 4), value(record, 5), value(record, 6),
                    value(record, 7), value(record, 8), AuditOutcome.valueOf(value(record, 9)), value(record, 10),
                    value(record, 11), value(record, 12));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BundleFormatException(LogBundle.AUDIT_LOG,
                    "record " + record.getRecordNumber() + " is not a valid log row", e);
        }
    }

    static Checkpoint checkpoint(CSVRecord record) {
        requireSize(record, CHECKPOINT_COLUMNS.size(), LogBundle.CHECKPOINTS);
        try {
            return new Checkpoint(Long.parseLong(value(record, 0)), value(record, 1),
                    ChainHash.parseAt(value(record, 2)), value(record, 3));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BundleFormatException(LogBundle.CHECKPOINTS,
                    "record " + record.getRecordNumber() + " is not a valid checkpoint", e);
        }
    }

    static void requireHeader(List<String> header, List<String> expected, String file) {
        if (!expected.equals(header)) {
            throw new BundleFormatException(file, "the header must be " + String.join(",", expected));
        }
    }

    private static void requireSize(CSVRecord record, int size, String file) {
        if (record.size() != size) {
            throw new BundleFormatException(file,
                    "record " + record.getRecordNumber() + " has " + record.size() + " fields, not " + size);
        }
    }
}
