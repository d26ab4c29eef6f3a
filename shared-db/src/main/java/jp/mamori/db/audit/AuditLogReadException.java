package jp.mamori.db.audit;

/**
 * Reading the 操作ログ failed: the database could not be read, or a stored row cannot be a
 * log row at all (for example an OUTCOME outside the allowed values in a tampered copy).
 */
public final class AuditLogReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AuditLogReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
