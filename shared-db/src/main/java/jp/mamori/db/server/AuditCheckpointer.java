package jp.mamori.db.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.audit.AuditLogReader;
import jp.mamori.db.audit.ChainPosition;
import jp.mamori.db.audit.Checkpoint;
import jp.mamori.db.audit.CheckpointFile;
import jp.mamori.db.audit.CheckpointPolicy;
import jp.mamori.db.audit.CheckpointSigner;

/**
 * Signs the audit chain head when {@link CheckpointPolicy} says so (settings
 * {@code audit.checkpointSeconds}, {@code audit.checkpointRows}; default 30 s or 1,000 rows),
 * stores the checkpoint in the database and appends it to the checkpoint file outside the
 * database directory (ADR 0005). Also signs once more on orderly shutdown.
 */
final class AuditCheckpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpointer.class);
    private static final long POLL_MILLIS = 1000;

    private final ServerContext server;
    private final CheckpointFile file;
    private final CheckpointSigner signer;
    private final ScheduledExecutorService scheduler;
    private long lastSeq;
    private Instant lastAt;

    private AuditCheckpointer(ServerContext server, CheckpointFile file) {
        this.server = server;
        this.file = file;
        this.signer = new CheckpointSigner(server.auditSigningKey());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mamori-audit-checkpoint");
            t.setDaemon(true);
            return t;
        });
    }

    static AuditCheckpointer start(ServerContext server, Path path) throws IOException {
        Files.createDirectories(path.getParent());
        AuditCheckpointer checkpointer = new AuditCheckpointer(server, CheckpointFile.openForAppend(path));
        checkpointer.lastSeq = server.jdbi().withHandle(h -> h.createQuery(
                "SELECT COALESCE(MAX(SEQ), 0) FROM MAMORI.AUDIT_CHECKPOINT").mapTo(Long.class).one());
        checkpointer.lastAt = server.clock().instant();
        checkpointer.scheduler.scheduleWithFixedDelay(checkpointer::tick, POLL_MILLIS, POLL_MILLIS,
                TimeUnit.MILLISECONDS);
        return checkpointer;
    }

    private void tick() {
        try {
            checkpoint(false);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.error("audit checkpoint failed", e);
        }
    }

    /** Signs the head now if the policy says so, or whenever it moved if {@code force}. */
    synchronized Optional<Checkpoint> checkpoint(boolean force) throws IOException, SQLException {
        try (Handle h = server.jdbi().open()) {
            CheckpointPolicy policy = new CheckpointPolicy(
                    Duration.ofSeconds(Settings.intValue(h, "audit.checkpointSeconds", 30)),
                    Settings.intValue(h, "audit.checkpointRows", 1000));
            ChainPosition head = new AuditLogReader(h.getConnection()).head();
            Instant now = server.clock().instant();
            boolean due = force ? head.seq() > lastSeq : policy.due(lastSeq, lastAt, head, now);
            if (!due) {
                return Optional.empty();
            }
            Checkpoint checkpoint = signer.sign(head, now);
            h.createUpdate("""
                    INSERT INTO MAMORI.AUDIT_CHECKPOINT (SEQ, ROW_HASH, SIGNED_AT, SIGNATURE)
                    VALUES (:seq, :hash, :at, :sig)
                    """).bind("seq", checkpoint.seq()).bind("hash", checkpoint.rowHash())
                    .bind("at", LocalDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC))
                    .bind("sig", checkpoint.signature()).execute();
            file.append(checkpoint);
            lastSeq = checkpoint.seq();
            lastAt = now;
            return Optional.of(checkpoint);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
            checkpoint(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.error("final audit checkpoint failed", e);
        } finally {
            try {
                file.close();
            } catch (IOException e) {
                LOG.warn("checkpoint file did not close cleanly", e);
            }
        }
    }
}
