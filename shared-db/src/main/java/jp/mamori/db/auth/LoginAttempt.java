package jp.mamori.db.auth;

/** What is known of a login attempt before it is decided: for the audit row. */
final class LoginAttempt {

    private final String userName;
    private final String clientAddress;
    private String terminalId = "-";

    LoginAttempt(String userName, String clientAddress) {
        this.userName = userName.matches("[a-z0-9._-]{1,32}") ? userName : "?";
        this.clientAddress = clientAddress;
    }

    void terminalClaimed(String terminal) {
        this.terminalId = terminal != null && terminal.matches("[A-Z0-9-]{1,32}") ? terminal : "?";
    }

    String userName() {
        return userName;
    }

    String clientAddress() {
        return clientAddress;
    }

    String terminalId() {
        return terminalId;
    }
}
