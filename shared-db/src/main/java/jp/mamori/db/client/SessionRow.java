package jp.mamori.db.client;

/** The row of {@code API.SESSION_INFO} as the server sends it, mapped by column name. */
public record SessionRow(String userName, String displayName, String roleCode, String sectionCode, String sectionName,
        String terminalId, String status, int idleLockMinutes, int addresseeNumberLength, String loggedInAt,
        boolean passwordChangeRequired) {
}
