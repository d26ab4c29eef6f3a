package jp.mamori.db.audit;

/**
 * What an audited action writes; the server adds sequence, time and chain hashes.
 * Identity fields come from the authenticated session, never from the client.
 */
public record AuditEntry(String userName, String roleCode, String sectionCode, String terminalId,
        String screen, String action, String target, AuditOutcome outcome, AuditDetail detail) {
}
