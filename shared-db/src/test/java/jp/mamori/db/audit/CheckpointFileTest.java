package jp.mamori.db.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTest {

    private final TestPki pki = TestPki.shared();
    private final CheckpointSigner signer = new CheckpointSigner(pki.signerKey());
    private final List<AuditRecord> rows = TestChains.chain(30);

    @TempDir
    Path dir;

    private Checkpoint checkpoint(int seq) {
        return signer.sign(seq, rows.get(seq - 1).rowHash(), Instant.now());
    }

    @Test
    void signedCheckpointSurvivesItsLineAndVerifies() {
        Checkpoint signed = checkpoint(10);
        Checkpoint parsed = Checkpoint.parseLine(signed.toLine());
        assertEquals(signed, parsed);
        assertTrue(CheckpointSigner.signatureValid(parsed, pki.signerCertificate()));
        assertFalse(CheckpointSigner.signatureValid(parsed, TestPki.fresh().signerCertificate()));
    }

    @Test
    void appendedCheckpointsReadBackInOrder() throws IOException {
        Path file = dir.resolve("checkpoints.log");
        List<Checkpoint> written = List.of(checkpoint(10), checkpoint(20), checkpoint(30));
        try (CheckpointFile out = CheckpointFile.openForAppend(file)) {
            for (Checkpoint c : written) {
                out.append(c);
            }
        }
        try (CheckpointFile again = CheckpointFile.openForAppend(file)) {
            assertEquals(0, again.tornBytesRemoved());
        }
        CheckpointFile.Contents contents = CheckpointFile.read(file);
        assertTrue(contents.clean());
        assertEquals(written, contents.checkpoints());
        assertTrue(Files.readString(file, StandardCharsets.US_ASCII).endsWith("\n"));
    }

    @Test
    void tornLastLineIsReportedThenCutOffBeforeTheNextAppend() throws IOException {
        Path file = dir.resolve("checkpoints.log");
        try (CheckpointFile out = CheckpointFile.openForAppend(file)) {
            out.append(checkpoint(10));
        }
        String partial = checkpoint(20).toLine().substring(0, 100);
        Files.writeString(file, partial, StandardCharsets.US_ASCII, StandardOpenOption.APPEND);

        CheckpointFile.Contents torn = CheckpointFile.read(file);
        assertEquals(List.of(checkpoint(10).seq()), torn.checkpoints().stream().map(Checkpoint::seq).toList());
        assertEquals(partial, torn.tornLastLine().orElseThrow());
        assertFalse(torn.clean());

        Checkpoint next = checkpoint(30);
        try (CheckpointFile out = CheckpointFile.openForAppend(file)) {
            assertEquals(partial.length(), out.tornBytesRemoved());
            out.append(next);
        }
        CheckpointFile.Contents repaired = CheckpointFile.read(file);
        assertTrue(repaired.clean());
        assertEquals(List.of(10L, 30L), repaired.checkpoints().stream().map(Checkpoint::seq).toList());
        assertEquals(next, repaired.checkpoints().get(1));
    }

    @Test
    void tornLineThatHappensToParseIsStillLeftOut() throws IOException {
        Path file = dir.resolve("checkpoints.log");
        String line = checkpoint(10).toLine();
        // Cut inside the signature: four fields remain, but the write never completed.
        Files.writeString(file, line.substring(0, line.length() - 5), StandardCharsets.US_ASCII);
        CheckpointFile.Contents contents = CheckpointFile.read(file);
        assertTrue(contents.checkpoints().isEmpty());
        assertTrue(contents.tornLastLine().isPresent());
    }

    @Test
    void malformedLineInTheMiddleIsReportedByNumber() throws IOException {
        Path file = dir.resolve("checkpoints.log");
        Files.writeString(file, checkpoint(10).toLine() + "\nnot a checkpoint\n\n" + checkpoint(20).toLine() + "\n",
                StandardCharsets.US_ASCII);
        CheckpointFile.Contents contents = CheckpointFile.read(file);
        assertEquals(List.of(2, 3), contents.malformedLines());
        assertEquals(2, contents.checkpoints().size());
        assertTrue(contents.tornLastLine().isEmpty());
    }

    @Test
    void emptyFileReadsAsNoCheckpoints() throws IOException {
        Path file = Files.createFile(dir.resolve("checkpoints.log"));
        CheckpointFile.Contents contents = CheckpointFile.read(file);
        assertTrue(contents.clean());
        assertTrue(contents.checkpoints().isEmpty());
    }

    @Test
    void onlyOneWriterAtATime() throws IOException {
        Path file = dir.resolve("checkpoints.log");
        try (CheckpointFile first = CheckpointFile.openForAppend(file)) {
            assertThrows(IOException.class, () -> CheckpointFile.openForAppend(file));
            first.append(checkpoint(5));
        }
        try (CheckpointFile second = CheckpointFile.openForAppend(file)) {
            second.append(checkpoint(6));
        }
        assertEquals(2, CheckpointFile.read(file).checkpoints().size());
    }
}
