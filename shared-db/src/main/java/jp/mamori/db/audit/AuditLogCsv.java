package jp.mamori.db.audit;

import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The CSV form of audit rows and checkpoints in a bundle: RFC 4180, header row, UTF-8. */
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

    static List<String> values(AuditRecord r) {
        return List.of(Long.toString(r.seq()), ChainHash.formatAt(r.at()), r.userName(), r.roleCode(),
                r.sectionCode(), r.terminalId(), r.screen(), r.action(), r.target(), r.outcome().name(),
                r.detail(), r.prevHash(), r.rowHash());
    }

    static List<String> values(Checkpoint c) {
        return List.of(Long.toString(c.seq()), c.rowHash(), ChainHash.formatAt(c.signedAt()), c.signature());
    }

    static AuditRecord auditRecord(CSVRecord record) {
        requireSize(record, LOG_COLUMNS.size(), LogBundle.AUDIT_LOG);
        try {
            return new AuditRecord(Long.parseLong(record.get(0)), ChainHash.parseAt(record.get(1)), record.get(2),
                    record.get(3), record.get(4), record.get(5), record.get(6), record.get(7), record.get(8),
                    AuditOutcome.valueOf(record.get(9)), record.get(10), record.get(11), record.get(12));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BundleFormatException(LogBundle.AUDIT_LOG,
                    "record " + record.getRecordNumber() + " is not a valid log row", e);
        }
    }

    static Checkpoint checkpoint(CSVRecord record) {
        requireSize(record, CHECKPOINT_COLUMNS.size(), LogBundle.CHECKPOINTS);
        try {
            return new Checkpoint(Long.parseLong(record.get(0)), record.get(1), ChainHash.parseAt(record.get(2)),
                    record.get(3));
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
