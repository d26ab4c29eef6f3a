package jp.mamori.db.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** Builds valid audit chains in memory, hashed exactly as the chain trigger does. */
final class TestChains {

    static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");

    private TestChains() {
    }

    /** A valid chain of rows SEQ 1..count. */
    static List<AuditRecord> chain(int count) {
        List<AuditRecord> rows = new ArrayList<>(count);
        String prev = ChainHash.GENESIS;
        for (int i = 1; i <= count; i++) {
            AuditRecord row = row(i, prev);
            rows.add(row);
            prev = row.rowHash();
        }
        return rows;
    }

    /** A correctly hashed row with made-up content. */
    static AuditRecord row(long seq, String prevHash) {
        return withHash(new AuditRecord(seq, T0.plusMillis(seq * 250), "clerk" + (seq % 7), "CLERK",
                "ZEIMU", "T-0" + (seq % 3), "PersonSearch", "SEARCH", "kana:ヤマダ", AuditOutcome.OK,
                "件数=" + (seq % 5), prevHash, ""));
    }

    /** The same row with its ROW_HASH recomputed from its content. */
    static AuditRecord withHash(AuditRecord r) {
        return new AuditRecord(r.seq(), r.at(), r.userName(), r.roleCode(), r.sectionCode(), r.terminalId(),
                r.screen(), r.action(), r.target(), r.outcome(), r.detail(), r.prevHash(), ChainHash.rowHash(r));
    }

    static AuditRecord withDetail(AuditRecord r, String detail) {
        return new AuditRecord(r.seq(), r.at(), r.userName(), r.roleCode(), r.sectionCode(), r.terminalId(),
                r.screen(), r.action(), r.target(), r.outcome(), detail, r.prevHash(), r.rowHash());
    }

    static AuditRecord withSeq(AuditRecord r, long seq) {
        return new AuditRecord(seq, r.at(), r.userName(), r.roleCode(), r.sectionCode(), r.terminalId(),
                r.screen(), r.action(), r.target(), r.outcome(), r.detail(), r.prevHash(), r.rowHash());
    }

    static AuditRecord withPrev(AuditRecord r, String prevHash) {
        return new AuditRecord(r.seq(), r.at(), r.userName(), r.roleCode(), r.sectionCode(), r.terminalId(),
                r.screen(), r.action(), r.target(), r.outcome(), r.detail(), prevHash, r.rowHash());
    }

    /** Rows of a valid chain generated one at a time, so that a long chain never sits in memory. */
    static Iterator<AuditRecord> generated(long count) {
        return new Iterator<>() {
            private long seq;
            private String prev = ChainHash.GENESIS;

            @Override
            public boolean hasNext() {
                return seq < count;
            }

            @Override
            public AuditRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                AuditRecord row = row(++seq, prev);
                prev = row.rowHash();
                return row;
            }
        };
    }
}
