package jp.mamori.db.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.mamori.db.audit.Checkpoint;

/**
 * Signs the audit chain head at least every 30 seconds or every 1,000 rows (settings
 * {@code audit.checkpointSeconds}, {@code audit.checkpointRows}), stores the checkpoint in the
 * database and appends it to a file outside the database directory (ADR 0005).
 */
final class AuditCheckpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpointer.class);
    private static final long POLL_MILLIS = 1000;

    private final ServerContext server;
    private final Path file;
    private final ScheduledExecutorService scheduler;
    private long lastSeq;
    private Instant lastAt = Instant.EPOCH;

    private AuditCheckpointer(ServerContext server, Path file) {
        this.server = server;
        this.file = file;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mamori-audit-checkpoint");
            t.setDaemon(true);
            return t;
        });
    }

    static AuditCheckpointer start(ServerContext server, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        AuditCheckpointer checkpointer = new AuditCheckpointer(server, file);
        checkpointer.scheduler.scheduleWithFixedDelay(checkpointer::tick, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
        return checkpointer;
    }

    private void tick() {
        try {
            checkpointIfDue(false);
        } catch (RuntimeException | IOException | GeneralSecurityException e) {
            LOG.error("audit checkpoint failed", e);
        }
    }

    /** Signs the head now if rows were added since the last checkpoint (or if forced). */
    synchronized Optional<Checkpoint> checkpointIfDue(boolean force) throws IOException, GeneralSecurityException {
        try (Handle h = server.jdbi().open()) {
            int seconds = Settings.intValue(h, "audit.checkpointSeconds", 30);
            int rows = Settings.intValue(h, "audit.checkpointRows", 1000);
            var head = h.createQuery("SELECT LAST_SEQ, LAST_HASH FROM MAMORI.AUDIT_HEAD WHERE ID = 1")
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).one();
            long seq = (Long) head[0];
            Instant now = server.clock().instant();
            boolean due = seq > lastSeq
                    && (force || seq - lastSeq >= rows || now.isAfter(lastAt.plusSeconds(seconds)));
            if (!due) {
                return Optional.empty();
            }
            Checkpoint checkpoint = sign(seq, (String) head[1], now);
            h.createUpdate("INSERT INTO MAMORI.AUDIT_CHECKPOINT (SEQ, ROW_HASH, SIGNED_AT, SIGNATURE) "
                    + "SELECT :seq, :hash, :at, :sig FROM DUAL WHERE NOT EXISTS "
                    + "(SELECT 1 FROM MAMORI.AUDIT_CHECKPOINT WHERE SEQ = :seq)")
                    .bind("seq", seq).bind("hash", checkpoint.rowHash())
                    .bind("at", java.time.LocalDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                    .bind("sig", checkpoint.signature()).execute();
            append(checkpoint);
            lastSeq = seq;
            lastAt = now;
            return Optional.of(checkpoint);
        }
    }

    private Checkpoint sign(long seq, String hash, Instant at) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(server.auditSigningKey());
        signature.update(Checkpoint.payload(seq, hash, at));
        return new Checkpoint(seq, hash, at, Base64.getEncoder().encodeToString(signature.sign()));
    }

    private void append(Checkpoint checkpoint) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap((checkpoint.toLine() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
            checkpointIfDue(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            LOG.error("final audit checkpoint failed", e);
        }
    }
}
