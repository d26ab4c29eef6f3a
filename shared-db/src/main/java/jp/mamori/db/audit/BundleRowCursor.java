package jp.mamori.db.audit;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a bundle's {@code audit-log.csv}, parsed as they are consumed. A row that cannot be
 * a log row raises {@link BundleFormatException}; a read failure {@link UncheckedIOException}.
 */
public final class BundleRowCursor implements Iterator<AuditRecord>, Closeable {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    BundleRowCursor(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (IllegalStateException e) {
            throw new BundleFormatException(LogBundle.AUDIT_LOG, "the CSV cannot be parsed", e);
        }
    }

    @Override
    public AuditRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            return AuditLogCsv.auditRecord(records.next());
        } catch (IllegalStateException e) {
            throw new BundleFormatException(LogBundle.AUDIT_LOG, "the CSV cannot be parsed", e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
