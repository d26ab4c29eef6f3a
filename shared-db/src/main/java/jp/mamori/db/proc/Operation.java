package jp.mamori.db.proc;

import java.util.EnumSet;
import java.util.Set;
import jp.mamori.db.domain.StaffRole;

/**
 * One server operation: the ACTION written to the audit log and the roles that may perform it.
 *
 * @param action                 audit ACTION, e.g. {@code PERSON_SEARCH}
 * @param roles                  roles allowed to call it
 * @param restrictedAllowed      whether a restricted session (locked, revoked ...) may call it
 * @param beforePasswordChange   whether a session that must first change its one-time password may
 *                               call it (ADR 0015): who am I, log out, change the password
 */
public record Operation(String action, Set<StaffRole> roles, boolean restrictedAllowed, boolean beforePasswordChange) {

    /** An operation that a session with a pending password change may call exactly when a restricted one may. */
    public Operation(String action, Set<StaffRole> roles, boolean restrictedAllowed) {
        this(action, roles, restrictedAllowed, restrictedAllowed);
    }

    public static Operation of(String action, StaffRole first, StaffRole... rest) {
        return new Operation(action, EnumSet.of(first, rest), false);
    }

    /** Any staff role; never the server's operator. */
    public static Operation anyRole(String action) {
        return new Operation(action, StaffRole.staff(), false);
    }

    /** The password change: every role, a working session, also before its one-time password is changed. */
    public static Operation passwordChange(String action) {
        return new Operation(action, StaffRole.staff(), false, true);
    }
}
