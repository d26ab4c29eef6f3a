package jp.mamori.db.audit;

import static jp.mamori.db.audit.TestChains.chain;
import static jp.mamori.db.audit.TestChains.row;
import static jp.mamori.db.audit.TestChains.withDetail;
import static jp.mamori.db.audit.TestChains.withHash;
import static jp.mamori.db.audit.TestChains.withPrev;
import static jp.mamori.db.audit.TestChains.withSeq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tampering as an administrator could do it on a copy of the database or on an exported CSV, and
 * the exact kind and SEQ the verifier must report for each.
 */
class ChainVerifierTest {

    private static final TestPki PKI = TestPki.shared();
    private final CheckpointSigner signer = new CheckpointSigner(PKI.signerKey());
    private final ChainVerifier verifier = new ChainVerifier(PKI.signerCertificate());

    private Checkpoint checkpointOf(List<AuditRecord> rows, long seq) {
        return signer.sign(seq, rows.get((int) seq - 1).rowHash(), Instant.now());
    }

    private List<Checkpoint> checkpoints(List<AuditRecord> rows, long... seqs) {
        List<Checkpoint> result = new ArrayList<>();
        for (long seq : seqs) {
            result.add(checkpointOf(rows, seq));
        }
        return result;
    }

    private static void assertBreak(VerificationReport report, BreakKind kind, long seq) {
        assertFalse(report.ok(), "a break must be reported");
        ChainBreak found = report.firstBreak().orElseThrow();
        assertEquals(kind, found.kind(), found.describe());
        assertEquals(seq, found.seq(), found.describe());
    }

    /** Rebuilds every hash from the given index on, as an attacker with the algorithm would. */
    private static void rehashFrom(List<AuditRecord> rows, int index) {
        for (int i = index; i < rows.size(); i++) {
            String prev = i == 0 ? ChainHash.GENESIS : rows.get(i - 1).rowHash();
            rows.set(i, withHash(withPrev(rows.get(i), prev)));
        }
    }

    @Test
    void intactChainVerifies() {
        List<AuditRecord> rows = chain(100);
        VerificationReport report = verifier.verify(rows, checkpoints(rows, 50, 100));
        assertTrue(report.ok(), report.summary());
        assertEquals(100, report.rowsChecked());
        assertEquals(2, report.checkpointsChecked());
        assertEquals(new ChainPosition(100, rows.get(99).rowHash()), report.lastGood());
    }

    @Test
    void emptyLogWithoutCheckpointsVerifies() {
        VerificationReport report = verifier.verify(List.of(), List.of());
        assertTrue(report.ok());
        assertEquals(ChainPosition.GENESIS, report.lastGood());
    }

    @Test
    void editedFieldIsEditedAtThatRow() {
        List<AuditRecord> rows = chain(100);
        rows.set(39, withDetail(rows.get(39), "件数=999"));
        assertBreak(verifier.verify(rows, List.of()), BreakKind.EDITED, 40);
    }

    @Test
    void editedFieldWithRecomputedHashIsEditedAtThatRow() {
        List<AuditRecord> rows = chain(100);
        rows.set(39, withHash(withDetail(rows.get(39), "件数=999")));
        VerificationReport report = verifier.verify(rows, List.of());
        assertBreak(report, BreakKind.EDITED, 40);
        assertEquals(41, report.rowsChecked(), "found at the next row");
        assertEquals(39, report.lastGood().seq());
    }

    @Test
    void editedAndRehashedCheckpointedRowIsEdited() {
        List<AuditRecord> rows = chain(100);
        List<Checkpoint> checkpoints = checkpoints(rows, 50, 100);
        rows.set(49, withHash(withDetail(rows.get(49), "件数=999")));
        assertBreak(verifier.verify(rows, checkpoints), BreakKind.EDITED, 50);
    }

    @Test
    void editedAndRehashedLastRowIsCaughtByItsCheckpoint() {
        List<AuditRecord> rows = chain(100);
        List<Checkpoint> checkpoints = checkpoints(rows, 99, 100);
        rows.set(99, withHash(withDetail(rows.get(99), "件数=999")));
        assertBreak(verifier.verify(rows, checkpoints), BreakKind.EDITED, 100);
    }

    @Test
    void editedSeqFieldIsEdited() {
        List<AuditRecord> rows = chain(100);
        rows.set(39, withSeq(rows.get(39), 44));
        assertBreak(verifier.verify(rows, List.of()), BreakKind.EDITED, 40);
    }

    @Test
    void editedPrevHashFieldIsEdited() {
        List<AuditRecord> rows = chain(100);
        rows.set(39, withPrev(rows.get(39), "ab".repeat(32)));
        assertBreak(verifier.verify(rows, List.of()), BreakKind.EDITED, 40);
    }

    @Test
    void deletedRowIsDeletedAtItsSeq() {
        List<AuditRecord> rows = chain(100);
        rows.remove(39);
        assertBreak(verifier.verify(rows, List.of()), BreakKind.DELETED, 40);
    }

    @Test
    void deletedRunIsDeletedAtTheFirstMissingSeq() {
        List<AuditRecord> rows = chain(100);
        rows.subList(39, 42).clear();
        VerificationReport report = verifier.verify(rows, List.of());
        assertBreak(report, BreakKind.DELETED, 40);
        assertTrue(report.firstBreak().orElseThrow().detail().contains("3 行"));
    }

    @Test
    void deletedFirstRowIsDeleted() {
        List<AuditRecord> rows = chain(10);
        rows.remove(0);
        assertBreak(verifier.verify(rows, List.of()), BreakKind.DELETED, 1);
    }

    @Test
    void deletedRowWithRenumberedSeqsIsDeleted() {
        List<AuditRecord> rows = chain(100);
        rows.remove(39);
        for (int i = 39; i < rows.size(); i++) {
            rows.set(i, withSeq(rows.get(i), i + 1));
        }
        assertBreak(verifier.verify(rows, List.of()), BreakKind.DELETED, 40);
    }

    @Test
    void deletedRowWithRenumberedAndRehashedRowsIsDeleted() {
        List<AuditRecord> rows = chain(100);
        rows.remove(39);
        for (int i = 39; i < rows.size(); i++) {
            rows.set(i, withHash(withSeq(rows.get(i), i + 1)));
        }
        assertBreak(verifier.verify(rows, List.of()), BreakKind.DELETED, 40);
    }

    @Test
    void deletedRowWithRebuiltChainIsCaughtByTheNextCheckpoint() {
        List<AuditRecord> rows = chain(100);
        List<Checkpoint> checkpoints = checkpoints(rows, 20, 50, 100);
        rows.remove(39);
        for (int i = 39; i < rows.size(); i++) {
            rows.set(i, withSeq(rows.get(i), i + 1));
        }
        rehashFrom(rows, 39);
        VerificationReport report = verifier.verify(rows, checkpoints);
        assertBreak(report, BreakKind.CHECKPOINT_MISMATCH, 50);
        assertTrue(report.firstBreak().orElseThrow().detail().contains("SEQ 21 から SEQ 50"),
                report.firstBreak().orElseThrow().detail());
    }

    @Test
    void insertedRowWithDuplicateSeqIsInserted() {
        List<AuditRecord> rows = chain(100);
        AuditRecord forged = withHash(withDetail(row(41, rows.get(39).rowHash()), "偽造"));
        rows.add(40, forged);
        assertBreak(verifier.verify(rows, List.of()), BreakKind.INSERTED, 41);
    }

    @Test
    void insertedRowWithRenumberedFollowersIsInserted() {
        List<AuditRecord> rows = chain(100);
        AuditRecord forged = withHash(withDetail(row(41, rows.get(39).rowHash()), "偽造"));
        rows.add(40, forged);
        for (int i = 41; i < rows.size(); i++) {
            rows.set(i, withSeq(rows.get(i), i + 1));
        }
        assertBreak(verifier.verify(rows, List.of()), BreakKind.INSERTED, 41);
    }

    @Test
    void insertedRunIsInsertedAtItsFirstRow() {
        List<AuditRecord> rows = chain(100);
        AuditRecord first = withHash(withDetail(row(41, rows.get(39).rowHash()), "偽造1"));
        AuditRecord second = withHash(withDetail(row(42, first.rowHash()), "偽造2"));
        rows.add(40, first);
        rows.add(41, second);
        assertBreak(verifier.verify(rows, List.of()), BreakKind.INSERTED, 41);
    }

    @Test
    void insertedRowAfterItsTwinIsInserted() {
        List<AuditRecord> rows = chain(100);
        AuditRecord forged = withHash(withDetail(row(41, rows.get(40).rowHash()), "偽造"));
        forged = withHash(withSeq(forged, 41));
        rows.add(41, forged);
        assertBreak(verifier.verify(rows, List.of()), BreakKind.INSERTED, 41);
    }

    @Test
    void insertedRowBeforeTheFirstIsInserted() {
        List<AuditRecord> rows = chain(10);
        rows.add(0, withHash(withDetail(row(1, ChainHash.GENESIS), "偽造")));
        assertBreak(verifier.verify(rows, List.of()), BreakKind.INSERTED, 1);
    }

    @Test
    void swappedAdjacentRowsAreReordered() {
        List<AuditRecord> rows = chain(100);
        Collections.swap(rows, 39, 40);
        assertBreak(verifier.verify(rows, List.of()), BreakKind.REORDERED, 40);
    }

    @Test
    void swappedDistantRowsAreReordered() {
        List<AuditRecord> rows = chain(100);
        Collections.swap(rows, 39, 44);
        assertBreak(verifier.verify(rows, List.of()), BreakKind.REORDERED, 40);
    }

    @Test
    void swappedRowsWithSwappedSeqsAreReordered() {
        List<AuditRecord> rows = chain(100);
        AuditRecord a = rows.get(39);
        AuditRecord b = rows.get(40);
        rows.set(39, withSeq(b, 40));
        rows.set(40, withSeq(a, 41));
        assertBreak(verifier.verify(rows, List.of()), BreakKind.REORDERED, 40);
    }

    @Test
    void rowMovedToTheEndIsReordered() {
        List<AuditRecord> rows = chain(100);
        rows.add(rows.remove(9));
        assertBreak(verifier.verify(rows, List.of()), BreakKind.REORDERED, 10);
    }

    @Test
    void droppedTailIsTruncatedWhenACheckpointVouchesForIt() {
        List<AuditRecord> rows = chain(100);
        List<Checkpoint> checkpoints = checkpoints(rows, 50, 100);
        List<AuditRecord> kept = rows.subList(0, 75);
        VerificationReport report = verifier.verify(kept, checkpoints);
        assertBreak(report, BreakKind.TRUNCATED, 76);
        assertEquals(75, report.rowsChecked());
        assertEquals(1, report.checkpointsChecked());
    }

    @Test
    void everyRowDroppedIsTruncatedAtOne() {
        List<AuditRecord> rows = chain(10);
        assertBreak(verifier.verify(List.of(), checkpoints(rows, 10)), BreakKind.TRUNCATED, 1);
    }

    @Test
    void tailAfterTheNewestCheckpointIsNotVouched() {
        // Documented limit: rows written after the newest checkpoint can be dropped unnoticed.
        List<AuditRecord> rows = chain(100);
        assertTrue(verifier.verify(rows.subList(0, 75), checkpoints(rows, 50)).ok());
    }

    @Test
    void checkpointWithChangedHashHasABadSignature() {
        List<AuditRecord> rows = chain(100);
        List<Checkpoint> checkpoints = checkpoints(rows, 50, 100);
        Checkpoint good = checkpoints.get(0);
        checkpoints.set(0, new Checkpoint(good.seq(), rows.get(50).rowHash(), good.signedAt(), good.signature()));
        VerificationReport report = verifier.verify(rows, checkpoints);
        assertBreak(report, BreakKind.BAD_CHECKPOINT_SIGNATURE, 50);
        assertEquals(1, report.checkpointsChecked(), "the forged checkpoint is not used");
    }

    @Test
    void checkpointSignedWithAnotherKeyHasABadSignature() {
        List<AuditRecord> rows = chain(100);
        Checkpoint forged = new CheckpointSigner(TestPki.ecKeyPair().getPrivate())
                .sign(60, rows.get(59).rowHash(), Instant.now());
        assertBreak(verifier.verify(rows, List.of(forged)), BreakKind.BAD_CHECKPOINT_SIGNATURE, 60);
    }

    @Test
    void checkpointWithGarbageSignatureHasABadSignature() {
        List<AuditRecord> rows = chain(100);
        Checkpoint garbage = new Checkpoint(60, rows.get(59).rowHash(), Instant.now(),
                Base64.getEncoder().encodeToString(new byte[] {0x30, 0x01, 0x00}));
        Checkpoint notBase64 = new Checkpoint(70, rows.get(69).rowHash(), Instant.now(), "%%%");
        assertBreak(verifier.verify(rows, List.of(notBase64, garbage)), BreakKind.BAD_CHECKPOINT_SIGNATURE, 60);
    }

    @Test
    void checkpointSignedOutsideTheCertificateValidityHasABadSignature() {
        List<AuditRecord> rows = chain(10);
        Checkpoint early = signer.sign(5, rows.get(4).rowHash(), Instant.parse("2001-01-01T00:00:00Z"));
        assertBreak(verifier.verify(rows, List.of(early)), BreakKind.BAD_CHECKPOINT_SIGNATURE, 5);
    }

    @Test
    void theBreakWithTheLowerSeqIsReported() {
        List<AuditRecord> rows = chain(100);
        List<Checkpoint> checkpoints = checkpoints(rows, 80);
        Checkpoint good = checkpoints.get(0);
        checkpoints.set(0, new Checkpoint(80, good.rowHash(), good.signedAt().plusSeconds(1), good.signature()));
        rows.set(69, withDetail(rows.get(69), "x"));
        rows.remove(29);
        assertBreak(verifier.verify(rows, checkpoints), BreakKind.DELETED, 30);
        assertBreak(verifier.verify(chain(100), checkpoints), BreakKind.BAD_CHECKPOINT_SIGNATURE, 80);
        List<AuditRecord> late = chain(100);
        late.set(89, withDetail(late.get(89), "x"));
        assertBreak(verifier.verify(late, checkpoints), BreakKind.BAD_CHECKPOINT_SIGNATURE, 80);
    }

    @Test
    void rangeVerifiesFromTheVouchedStart() {
        List<AuditRecord> rows = chain(100);
        ChainPosition start = new ChainPosition(40, rows.get(39).rowHash());
        List<Checkpoint> checkpoints = checkpoints(rows, 20, 40, 90);
        VerificationReport report = verifier.verify(rows.subList(40, 100).iterator(), checkpoints, start);
        assertTrue(report.ok(), report.summary());
        assertEquals(60, report.rowsChecked());
        assertEquals(2, report.checkpointsChecked(), "the checkpoint at the start and at 90");
    }

    @Test
    void rangeWithAnotherStartHashIsEditedAtItsFirstRow() {
        List<AuditRecord> rows = chain(100);
        ChainPosition wrong = new ChainPosition(40, rows.get(38).rowHash());
        assertBreak(verifier.verify(rows.subList(40, 100).iterator(), List.of(), wrong), BreakKind.EDITED, 41);
    }

    @Test
    void rangeStartContradictingACheckpointIsAMismatch() {
        List<AuditRecord> rows = chain(100);
        List<AuditRecord> range = new ArrayList<>(rows.subList(40, 100));
        ChainPosition forgedStart = new ChainPosition(40, "cd".repeat(32));
        range.set(0, withHash(withPrev(range.get(0), forgedStart.rowHash())));
        rehashFrom(range, 1);
        assertBreak(verifier.verify(range.iterator(), checkpoints(rows, 40), forgedStart),
                BreakKind.CHECKPOINT_MISMATCH, 40);
    }

    @Test
    void rangeWithItsFirstRowDeletedIsDeleted() {
        List<AuditRecord> rows = chain(100);
        ChainPosition start = new ChainPosition(40, rows.get(39).rowHash());
        assertBreak(verifier.verify(rows.subList(41, 100).iterator(), List.of(), start), BreakKind.DELETED, 41);
    }

    @Test
    void everyKindHasAJapaneseDescription() {
        assertEquals("改ざん（内容の変更）", BreakKind.EDITED.japanese());
        assertEquals("削除", BreakKind.DELETED.japanese());
        assertEquals("挿入", BreakKind.INSERTED.japanese());
        assertEquals("順序の入れ替え", BreakKind.REORDERED.japanese());
        assertEquals("末尾の切り捨て", BreakKind.TRUNCATED.japanese());
        for (BreakKind kind : BreakKind.values()) {
            assertTrue(kind.japanese().codePoints().anyMatch(c -> c > 0x3000), kind.name());
        }
    }
}
