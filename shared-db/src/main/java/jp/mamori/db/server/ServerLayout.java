package jp.mamori.db.server;

import java.nio.file.Path;

/**
 * The files of one mamori server. {@code secrets/} is owner-only and holds every key and
 * password; the checkpoint file lives outside the database directory on purpose (ADR 0005).
 */
public record ServerLayout(Path root) {

    public Path dataDirectory() {
        return root.resolve("data");
    }

    /** The H2 database path without the {@code .mv.db} suffix. */
    public Path databasePath() {
        return dataDirectory().resolve("mamori");
    }

    public Path secrets() {
        return root.resolve("secrets");
    }

    public Path caKeystore() {
        return secrets().resolve("ca.p12");
    }

    public Path tlsKeystore() {
        return secrets().resolve("server-tls.p12");
    }

    public Path auditSigningKeystore() {
        return secrets().resolve("audit-signing.p12");
    }

    /** Password of the three server key stores. */
    public Path keystorePassword() {
        return secrets().resolve("keystores.password");
    }

    /**
     * The key of the search-term hashes in the audit log (ADR 0013); outside the database so that
     * the log or a backup alone cannot be used to test guessed names.
     */
    public Path searchTermKey() {
        return secrets().resolve("audit-search-terms.key");
    }

    /** The secret of the server's own administrative realm (the "SA password" of mamori). */
    public Path adminSecret() {
        return secrets().resolve("server-admin.secret");
    }

    /** Public: the CA certificate that terminals trust. */
    public Path caCertificate() {
        return root.resolve("ca.pem");
    }

    /** Public: the certificate of the audit signing key. */
    public Path auditSigningCertificate() {
        return root.resolve("audit-signing.pem");
    }

    /**
     * The SHA-256 fingerprint of the one audit signing certificate that {@code verify} trusts,
     * written at {@code init} (ADR 0005). A file of the server directory, not a database setting:
     * a database administrator cannot re-point it.
     */
    public Path auditSignerPin() {
        return root.resolve("audit-signing.sha256");
    }

    public Path checkpointFile() {
        return root.resolve("checkpoints").resolve("checkpoints.log");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path issued() {
        return root.resolve("issued");
    }

    /** JDBC URL of the in-process administrative connection. */
    /**
     * Server-wide cap on the time of one statement of any session (H2 database setting
     * {@code MAX_QUERY_TIMEOUT}, taken when the server opens the database; a session's own
     * {@code SET QUERY_TIMEOUT} can only lower it). ADR 0012.
     */
    public static final int MAX_QUERY_MILLIS = 60_000;

    public String embeddedUrl() {
        return "jdbc:h2:file:" + databasePath().toAbsolutePath() + ";AUTHREALM=" + Realms.SERVER_ADMIN
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;MAX_QUERY_TIMEOUT=" + MAX_QUERY_MILLIS;
    }
}
