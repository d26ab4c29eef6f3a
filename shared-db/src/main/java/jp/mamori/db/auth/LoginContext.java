package jp.mamori.db.auth;

import java.time.Instant;
import jp.mamori.db.domain.StaffRole;

/**
 * Who a session is, as established by the realm at login — never taken from the client later.
 *
 * @param loginId     row of MAMORI.LOGIN_SESSION
 * @param userName    staff user name
 * @param displayName staff member's name
 * @param role        role
 * @param sectionCode section code, empty for roles without a section
 * @param sectionName section name, empty for roles without a section
 * @param terminalId  designated terminal
 * @param clientAddress IP address the session came from
 * @param status      whether the session may work
 * @param loggedInAt  time of login
 */
public record LoginContext(long loginId, String userName, String displayName, StaffRole role, String sectionCode,
        String sectionName, String terminalId, String clientAddress, LoginStatus status, Instant loggedInAt) {
}
