package jp.mamori.db.proc;

import java.util.EnumSet;
import java.util.Set;
import jp.mamori.db.domain.StaffRole;

/**
 * One server operation: the ACTION written to the audit log and the roles that may perform it.
 *
 * @param action            audit ACTION, e.g. {@code PERSON_SEARCH}
 * @param roles             roles allowed to call it
 * @param restrictedAllowed whether a restricted session (locked, revoked ...) may call it
 */
public record Operation(String action, Set<StaffRole> roles, boolean restrictedAllowed) {

    public static Operation of(String action, StaffRole first, StaffRole... rest) {
        return new Operation(action, EnumSet.of(first, rest), false);
    }

    /** Any staff role; never the server's operator. */
    public static Operation anyRole(String action) {
        return new Operation(action, StaffRole.staff(), false);
    }
}
