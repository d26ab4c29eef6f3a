package jp.mamori.db.proc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.h2.tools.SimpleResultSet;
import org.jdbi.v3.core.Handle;
import jp.mamori.db.domain.RejectReason;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.domain.ReleaseKind;
import jp.mamori.db.domain.RequestStatus;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.proc.ReleaseStore.Registration;
import jp.mamori.db.proc.ReleaseStore.Request;
import jp.mamori.db.proc.SectionGate.Right;
import jp.mamori.db.contract.RefusalCode;

/**
 * 解除・削除: release and deletion of a registration by two people (ADR 0008). A clerk or chief of
 * the holding section (保有課) asks, with a basis code; a chief (所属長) of the same section who is
 * not the requester approves or rejects. Only an approval changes the registration: it gets its
 * 解除日 (release) or is removed (deletion), and the flag work follows in the same transaction.
 * Every call writes one audit row whose TARGET is the person id and whose DETAIL holds the ids
 * and codes — never a name.
 */
public final class ReleaseProcedures {

    static final Operation PRECHECK = Operation.of("RELEASE_PRECHECK", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation REQUEST = Operation.of("RELEASE_REQUEST", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation DECIDE = Operation.of("RELEASE_DECIDE", StaffRole.CHIEF);
    static final Operation WITHDRAW = Operation.of("RELEASE_WITHDRAW", StaffRole.CLERK, StaffRole.CHIEF);
    static final Operation PENDING = Operation.of("RELEASE_PENDING", StaffRole.CLERK, StaffRole.CHIEF);

    private ReleaseProcedures() {
    }

    /**
     * API.RELEASE_PRECHECK(screen, registrationId): 解除前確認 of one registration of the caller's
     * section. Rows: one SUMMARY row (registration, person, whether it is active, whether this
     * section is the last holder, a pending request id); one HOLDER row per other section that holds
     * the person now; when this section is the last holder, one DUTY row per active linkage duty
     * with the state of its SET item (DONE: it will have to release the flags).
     */
    public static ResultSet precheck(Connection conn, String screen, Long registrationId) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return WorkColumns.precheck();
        }
        return ProcedureRunner.run(conn, PRECHECK, screen, (h, caller, note) -> {
            String section = SectionGate.require(h, caller, Right.HOLDING);
            long id = WorkInput.required(registrationId, "registrationId");
            note.detail("registration", id);
            Registration r = ownRegistration(h, section, id, note, false);
            SimpleResultSet rs = WorkColumns.precheck();
            List<Object[]> holders = h.createQuery("""
                    SELECT R.SECTION_CODE, S.NAME, R.INPUT_DATE FROM MAMORI.REGISTRATION R
                    JOIN MAMORI.SECTION S ON S.SECTION_CODE = R.SECTION_CODE
                    WHERE R.PERSON_ID = :p AND R.RELEASE_DATE IS NULL AND R.SECTION_CODE <> :section
                    ORDER BY R.SECTION_CODE""").bind("p", r.personId()).bind("section", section)
                    .map((row, ctx) -> new Object[] {WorkColumns.HOLDER_ROW, r.registrationId(), r.personId(), null, null,
                            null, row.getString(1), row.getString(2), row.getObject(3, LocalDate.class), null, null,
                            null, null})
                    .list();
            boolean last = r.active() && holders.isEmpty();
            Long pending = ReleaseStore.pendingRequestId(h, id);
            rs.addRow(WorkColumns.SUMMARY_ROW, r.registrationId(), r.personId(), r.active(), last, pending, section,
                    null, r.inputDate(), null, null, null, null);
            holders.forEach(rs::addRow);
            int duties = 0;
            if (last) {
                for (Object[] duty : dutyRows(h, r)) {
                    rs.addRow(duty);
                    duties++;
                }
            }
            note.detail("otherHolders", holders.size()).detail("lastHolder", last).detail("duties", duties);
            return rs;
        });
    }

    private static List<Object[]> dutyRows(Handle h, Registration r) {
        return h.createQuery("""
                SELECT D.DUTY_ID, D.SECTION_CODE, S.NAME, D.BUSINESS_NAME, D.SYSTEM_NAME, W.STATUS
                FROM MAMORI.LINKAGE_DUTY D JOIN MAMORI.SECTION S ON S.SECTION_CODE = D.SECTION_CODE
                LEFT JOIN MAMORI.FLAG_WORK W ON W.DUTY_ID = D.DUTY_ID AND W.PERSON_ID = :p AND W.KIND = 'SET'
                WHERE D.ACTIVE AND S.ACTIVE AND S.DOES_LINKAGE
                ORDER BY D.SECTION_CODE, D.DUTY_ID""").bind("p", r.personId())
                .map((row, ctx) -> new Object[] {WorkColumns.DUTY_ROW, r.registrationId(), r.personId(), null, null,
                        null, row.getString(2), row.getString(3), null, row.getInt(1), row.getString(4),
                        row.getString(5), row.getString(6)})
                .list();
    }

    /**
     * API.RELEASE_REQUEST(screen, registrationId, kind, basis): asks for the release (kind RELEASE,
     * basis APPLICATION or NO_LONGER_NEEDED) or deletion (kind DELETE, basis ERRONEOUS or DUPLICATE)
     * of a registration of the caller's own section; returns the request id. A release needs an
     * active registration; a registration has at most one pending request.
     */
    public static Long request(Connection conn, String screen, Long registrationId, String kind, String basis)
            throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return null;
        }
        return ProcedureRunner.run(conn, REQUEST, screen, (h, caller, note) -> {
            String section = SectionGate.require(h, caller, Right.HOLDING);
            long id = WorkInput.required(registrationId, "registrationId");
            note.detail("registration", id);
            ReleaseKind parsedKind = WorkInput.code(ReleaseKind.class, kind, "releaseKind");
            ReleaseBasis parsedBasis = WorkInput.code(ReleaseBasis.class, basis, "releaseBasis");
            note.detail("kind", parsedKind.name()).detail("basis", parsedBasis.name());
            if (parsedBasis.kind() != parsedKind) {
                throw new Refusal(WorkInput.INVALID_INPUT, jp.mamori.db.contract.ArgumentError.RELEASE_BASIS_INVALID.key());
            }
            Registration r = ownRegistration(h, section, id, note, true);
            if (parsedKind == ReleaseKind.RELEASE && !r.active()) {
                throw new Refusal(RefusalCode.CONFLICT_RELEASED);
            }
            long requestId = ReleaseStore.insert(h, r, parsedKind, parsedBasis, caller.userName());
            note.detail("request", requestId);
            return requestId;
        });
    }

    /**
     * API.RELEASE_DECIDE(screen, requestId, approve, rejectReason, expectedVersion): a chief of the
     * request's section, who is not its requester, approves it or rejects it with a reason code
     * (INSUFFICIENT_BASIS, WRONG_PERSON, OTHER_PROCEDURE). Approving a release sets the 解除日 to
     * today; approving a deletion removes the registration (and the person once nothing refers to
     * it). Returns the request's new version.
     */
    public static Integer decide(Connection conn, String screen, Long requestId, Boolean approve, String rejectReason,
            Integer expectedVersion) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return null;
        }
        return ProcedureRunner.run(conn, DECIDE, screen, (h, caller, note) -> {
            String section = SectionGate.require(h, caller, Right.HOLDING);
            long id = WorkInput.required(requestId, "requestId");
            note.detail("request", id);
            boolean approved = WorkInput.required(approve, "approve");
            int version = WorkInput.required(expectedVersion, "version");
            RejectReason reason = null;
            if (!approved) {
                reason = WorkInput.code(RejectReason.class, rejectReason, "rejectReason");
            } else if (rejectReason != null && !rejectReason.isBlank()) {
                throw new Refusal(WorkInput.INVALID_INPUT, jp.mamori.db.contract.ArgumentError.REJECT_REASON_INVALID.key());
            }
            Request request = lockedRequest(h, section, id, note);
            if (request.requestedBy().equals(caller.userName())) {
                throw new Refusal(RefusalCode.DENIED_OWN_REQUEST);
            }
            requirePending(request);
            if (request.version() != version) {
                throw new Refusal(RefusalCode.CONFLICT_VERSION);
            }
            if (approved) {
                note.detail("decision", RequestStatus.APPROVED.name());
                approve(h, request, note);
                ReleaseStore.close(h, request, RequestStatus.APPROVED, caller.userName(), null);
            } else {
                note.detail("decision", RequestStatus.REJECTED.name()).detail("reason", reason.name());
                ReleaseStore.close(h, request, RequestStatus.REJECTED, caller.userName(), reason);
            }
            return request.version() + 1;
        });
    }

    /** API.RELEASE_WITHDRAW(screen, requestId): the requester takes back a pending request. */
    public static void withdraw(Connection conn, String screen, Long requestId) throws SQLException {
        ProcedureRunner.run(conn, WITHDRAW, screen, (h, caller, note) -> {
            String section = SectionGate.require(h, caller, Right.HOLDING);
            long id = WorkInput.required(requestId, "requestId");
            note.detail("request", id);
            Request request = lockedRequest(h, section, id, note);
            if (!request.requestedBy().equals(caller.userName())) {
                throw new Refusal(RefusalCode.DENIED_NOT_REQUESTER);
            }
            requirePending(request);
            ReleaseStore.close(h, request, RequestStatus.WITHDRAWN, caller.userName(), null);
            return null;
        });
    }

    /**
     * API.RELEASE_PENDING(screen): the pending requests of the caller's section, oldest first, with
     * the person's number and name so that the chief sees whom a decision concerns.
     */
    public static ResultSet pending(Connection conn, String screen) throws SQLException {
        if (Caller.isColumnListCall(conn)) {
            return WorkColumns.pending();
        }
        return ProcedureRunner.run(conn, PENDING, screen, (h, caller, note) -> {
            String section = SectionGate.require(h, caller, Right.HOLDING);
            LocalDate today = MunicipalCalendar.today();
            SimpleResultSet rs = WorkColumns.pending();
            List<Object[]> rows = h.createQuery("""
                    SELECT Q.REQUEST_ID, Q.REGISTRATION_ID, Q.PERSON_ID, P.ADDRESSEE_NUMBER, P.NAME_KANJI, P.NAME_KANA,
                           Q.KIND, Q.BASIS, Q.REQUESTED_BY, Q.REQUESTED_AT, Q.VERSION
                    FROM MAMORI.RELEASE_REQUEST Q JOIN MAMORI.PERSON P ON P.PERSON_ID = Q.PERSON_ID
                    WHERE Q.SECTION_CODE = :section AND Q.STATUS = 'PENDING'
                    ORDER BY Q.REQUESTED_AT, Q.REQUEST_ID""").bind("section", section)
                    .map((r, ctx) -> {
                        OffsetDateTime at = r.getObject(10, OffsetDateTime.class);
                        int age = (int) ChronoUnit.DAYS.between(
                                at.atZoneSameInstant(MunicipalCalendar.ZONE).toLocalDate(), today);
                        return new Object[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getString(7), r.getString(8), r.getString(9), age, r.getInt(11), at};
                    }).list();
            rows.forEach(rs::addRow);
            note.detail("rows", rows.size());
            return rs;
        });
    }

    /** Carries out an approved request and notes what the flag work became. */
    private static void approve(Handle h, Request request, AuditNote note) throws Refusal {
        Registration r = ReleaseStore.registration(h, request.registrationId(), true)
                .orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_REGISTRATION));
        FlagWork.Change change;
        if (request.kind() == ReleaseKind.RELEASE) {
            if (!r.active()) {
                throw new Refusal(RefusalCode.CONFLICT_RELEASED);
            }
            ReleaseStore.release(h, r, MunicipalCalendar.today());
            change = FlagWork.onLastReleased(h, r.personId());
        } else {
            ReleaseStore.delete(h, r);
            change = FlagWork.onLastReleased(h, r.personId());
            note.detail("personRemoved", PersonRemoval.removeIfUnreferenced(h, r.personId()));
        }
        note.detail("stillHeld", ReleaseStore.held(h, r.personId()))
                .detail("releaseItems", change.releaseAdded()).detail("closedItems", change.setClosed());
    }

    /**
     * The registration, if it belongs to the caller's section; notes its person as the target.
     * Unknown: {@code notfound.registration}; another section's: {@code denied.section}.
     */
    private static Registration ownRegistration(Handle h, String section, long id, AuditNote note, boolean lock)
            throws Refusal {
        Registration r = ReleaseStore.registration(h, id, lock)
                .orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_REGISTRATION));
        note.target(Long.toString(r.personId()));
        if (!r.sectionCode().equals(section)) {
            throw new Refusal(SectionGate.DENIED_SECTION);
        }
        return r;
    }

    /**
     * The request, if it belongs to the caller's section, read again under the locks of its person,
     * its registration and its own row, taken in that order (the order every procedure here uses):
     * decisions and flag work of one person happen one at a time.
     */
    private static Request lockedRequest(Handle h, String section, long id, AuditNote note) throws Refusal {
        Request seen = ReleaseStore.request(h, id, false).orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_REQUEST));
        note.target(Long.toString(seen.personId())).detail("registration", seen.registrationId())
                .detail("kind", seen.kind().name()).detail("basis", seen.basis().name());
        if (!seen.sectionCode().equals(section)) {
            throw new Refusal(SectionGate.DENIED_SECTION);
        }
        FlagWork.lockPerson(h, seen.personId());
        ReleaseStore.registration(h, seen.registrationId(), true);
        return ReleaseStore.request(h, id, true).orElseThrow(() -> new Refusal(RefusalCode.NOTFOUND_REQUEST));
    }

    private static void requirePending(Request request) throws Refusal {
        if (request.status() != RequestStatus.PENDING) {
            throw new Refusal(RefusalCode.CONFLICT_NOT_PENDING, request.status().name());
        }
    }
}
