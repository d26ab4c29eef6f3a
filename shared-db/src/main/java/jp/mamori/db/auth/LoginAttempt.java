package jp.mamori.db.auth;

/**
 * What is known of a login attempt before it is decided: for the audit row. The terminal column
 * holds only a terminal whose signature the server verified; what the client merely claims is kept
 * apart, as a claim.
 */
final class LoginAttempt {

    /** Terminal column of a row whose terminal was not verified. */
    static final String UNVERIFIED = "?";

    private final String userName;
    private final String clientAddress;
    private String claimedTerminal;
    private String verifiedTerminal;

    LoginAttempt(String userName, String clientAddress) {
        this.userName = userName.matches("[a-z0-9._-]{1,32}") ? userName : "?";
        this.clientAddress = clientAddress;
    }

    void terminalClaimed(String terminal) {
        this.claimedTerminal = terminal != null && terminal.matches("[A-Z0-9-]{1,32}") ? terminal : "?";
    }

    /** The terminal's certificate chains to the CA, names it, and its key signed this token. */
    void terminalVerified(String terminal) {
        this.verifiedTerminal = terminal;
    }

    String userName() {
        return userName;
    }

    String clientAddress() {
        return clientAddress;
    }

    /** The verified terminal, {@code "?"} if a claim was not verified, {@code "-"} if none was made. */
    String terminalId() {
        if (verifiedTerminal != null) {
            return verifiedTerminal;
        }
        return claimedTerminal == null ? "-" : UNVERIFIED;
    }

    /** The unverified claim, or {@code null} when the terminal was verified or none was claimed. */
    String terminalClaim() {
        return verifiedTerminal == null ? claimedTerminal : null;
    }
}
