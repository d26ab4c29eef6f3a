package jp.mamori.db.client;

import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.text.AddresseeNumber;

/**
 * Who is logged in, as the server established it at login. Shown in the client's status bar.
 *
 * @param userName        login name
 * @param displayName     staff member's name
 * @param role            role
 * @param sectionCode     所属コード, or empty for roles without a section
 * @param sectionName     所属名, or empty
 * @param terminalId      指定端末 id
 * @param server          host:port of the database server
 * @param idleLockMinutes minutes of inactivity before the client locks
 * @param addresseeNumberLength the most digits of a 団体内統合宛名番号 the server accepts (its setting)
 * @param passwordChangeRequired the password is a one-time password: the session may only change it
 *                        ({@code PasswordApi}) or log out until then (ADR 0015)
 */
public record SessionInfo(
        String userName,
        String displayName,
        StaffRole role,
        String sectionCode,
        String sectionName,
        String terminalId,
        String server,
        int idleLockMinutes,
        int addresseeNumberLength,
        boolean passwordChangeRequired) {

    /** A session that may work at once (no one-time password to change). */
    public SessionInfo(String userName, String displayName, StaffRole role, String sectionCode, String sectionName,
            String terminalId, String server, int idleLockMinutes, int addresseeNumberLength) {
        this(userName, displayName, role, sectionCode, sectionName, terminalId, server, idleLockMinutes,
                addresseeNumberLength, false);
    }

    /** A session with the default number length ({@link AddresseeNumber#DEFAULT_MAX_LENGTH}), for tests. */
    public SessionInfo(String userName, String displayName, StaffRole role, String sectionCode, String sectionName,
            String terminalId, String server, int idleLockMinutes) {
        this(userName, displayName, role, sectionCode, sectionName, terminalId, server, idleLockMinutes,
                AddresseeNumber.DEFAULT_MAX_LENGTH, false);
    }

    /** The same session after its password was changed. */
    public SessionInfo withPasswordChanged() {
        return new SessionInfo(userName, displayName, role, sectionCode, sectionName, terminalId, server,
                idleLockMinutes, addresseeNumberLength, false);
    }
}
