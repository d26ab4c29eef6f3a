package jp.mamori.db.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.Iterator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Any text a log row can hold comes back unchanged from the bundle CSV, so its hash still holds. */
class AuditLogCsvProperties {

    @Property(tries = 300)
    void rowsSurviveTheCsvRoundTrip(@ForAll("awkward") String target, @ForAll("awkward") String detail,
            @ForAll("awkward") String user) throws IOException {
        AuditRecord row = TestChains.withHash(new AuditRecord(7, Instant.parse("2026-04-01T09:00:00.123456Z"), user,
                "CLERK", "ZEIMU", "T-01", "PersonSearch", "SEARCH", target, AuditOutcome.DENIED, detail,
                ChainHash.GENESIS, ""));
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, AuditLogCsv.writeFormat(AuditLogCsv.LOG_COLUMNS))) {
            printer.printRecord(AuditLogCsv.values(row));
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()), AuditLogCsv.READ)) {
            assertEquals(AuditLogCsv.LOG_COLUMNS, parser.getHeaderNames());
            Iterator<CSVRecord> records = parser.iterator();
            AuditRecord back = AuditLogCsv.auditRecord(records.next());
            assertEquals(row, back);
            assertEquals(back.rowHash(), back.computedHash());
            assertEquals(false, records.hasNext());
        }
    }

    @Provide
    Arbitrary<String> awkward() {
        return Arbitraries.strings()
                .withChars(',', '"', '\r', '\n', ' ', '\t', '=', '+', '-', '@', '\\', 'a', 'Z', '0')
                .withChars("髙﨑齋カナｶﾅ😀\u3000\uFEFF")
                .ofMinLength(0).ofMaxLength(30);
    }
}
