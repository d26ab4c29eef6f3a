package jp.mamori.db.proc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;
import jp.mamori.db.domain.RejectReason;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.domain.ReleaseKind;
import jp.mamori.db.domain.RequestStatus;
import jp.mamori.db.contract.RefusalCode;

/**
 * Reads and writes MAMORI.RELEASE_REQUEST and the registrations they concern, always inside the
 * calling procedure's transaction. Rows that a decision depends on are read {@code FOR UPDATE}.
 */
final class ReleaseStore {

    private ReleaseStore() {
    }

    /** A registration as the release procedures need it. */
    record Registration(long registrationId, long personId, String sectionCode, LocalDate inputDate,
            LocalDate releaseDate, int version) {

        boolean active() {
            return releaseDate == null;
        }
    }

    /** A request row. */
    record Request(long requestId, long registrationId, long personId, String sectionCode, ReleaseKind kind,
            ReleaseBasis basis, String requestedBy, RequestStatus status, int version) {
    }

    static Optional<Registration> registration(Handle h, long registrationId, boolean lock) {
        return h.createQuery("""
                SELECT REGISTRATION_ID, PERSON_ID, SECTION_CODE, INPUT_DATE, RELEASE_DATE, VERSION
                FROM MAMORI.REGISTRATION WHERE REGISTRATION_ID = :id""" + (lock ? " FOR UPDATE" : ""))
                .bind("id", registrationId)
                .map((r, ctx) -> new Registration(r.getLong(1), r.getLong(2), r.getString(3),
                        r.getObject(4, LocalDate.class), r.getObject(5, LocalDate.class), r.getInt(6)))
                .findOne();
    }

    static Optional<Request> request(Handle h, long requestId, boolean lock) {
        return h.createQuery("""
                SELECT REQUEST_ID, REGISTRATION_ID, PERSON_ID, SECTION_CODE, KIND, BASIS, REQUESTED_BY, STATUS, VERSION
                FROM MAMORI.RELEASE_REQUEST WHERE REQUEST_ID = :id""" + (lock ? " FOR UPDATE" : ""))
                .bind("id", requestId)
                .map((r, ctx) -> new Request(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4),
                        ReleaseKind.valueOf(r.getString(5)), ReleaseBasis.valueOf(r.getString(6)), r.getString(7),
                        RequestStatus.valueOf(r.getString(8)), r.getInt(9)))
                .findOne();
    }

    /** Inserts a PENDING request; a second pending request of the registration is {@code conflict.pending}. */
    static long insert(Handle h, Registration registration, ReleaseKind kind, ReleaseBasis basis, String requestedBy)
            throws Refusal {
        try {
            return h.createUpdate("""
                    INSERT INTO MAMORI.RELEASE_REQUEST
                        (REGISTRATION_ID, PERSON_ID, SECTION_CODE, KIND, BASIS, REQUESTED_BY, REQUESTED_AT, STATUS)
                    VALUES (:registration, :person, :section, :kind, :basis, :by, :at, 'PENDING')""")
                    .bind("registration", registration.registrationId()).bind("person", registration.personId())
                    .bind("section", registration.sectionCode()).bind("kind", kind.name())
                    .bind("basis", basis.name()).bind("by", requestedBy).bind("at", MunicipalCalendar.now())
                    .executeAndReturnGeneratedKeys("REQUEST_ID").mapTo(Long.class).one();
        } catch (StatementException e) {
            if (e.getCause() instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
                throw new Refusal(RefusalCode.CONFLICT_PENDING);
            }
            throw e;
        }
    }

    /** The id of the pending request of this registration, or {@code null}. */
    static Long pendingRequestId(Handle h, long registrationId) {
        return h.createQuery("""
                SELECT REQUEST_ID FROM MAMORI.RELEASE_REQUEST WHERE REGISTRATION_ID = :id AND STATUS = 'PENDING'""")
                .bind("id", registrationId).mapTo(Long.class).findOne().orElse(null);
    }

    /** Ends a PENDING request with {@code status}; the request must be locked by the caller. */
    static void close(Handle h, Request request, RequestStatus status, String decidedBy, RejectReason reason) {
        int changed = h.createUpdate("""
                UPDATE MAMORI.RELEASE_REQUEST
                SET STATUS = :status, DECIDED_BY = :by, DECIDED_AT = :at, REJECT_REASON = :reason, VERSION = VERSION + 1
                WHERE REQUEST_ID = :id AND STATUS = 'PENDING' AND VERSION = :version""")
                .bind("status", status.name()).bind("by", decidedBy).bind("at", MunicipalCalendar.now())
                .bind("reason", reason == null ? null : reason.name()).bind("id", request.requestId())
                .bind("version", request.version()).execute();
        if (changed != 1) {
            throw new IllegalStateException("a locked pending request changed under its lock");
        }
    }

    /** Sets the 解除日; the registration must be locked and active. */
    static void release(Handle h, Registration registration, LocalDate releaseDate) {
        int changed = h.createUpdate("""
                UPDATE MAMORI.REGISTRATION SET RELEASE_DATE = :day, VERSION = VERSION + 1
                WHERE REGISTRATION_ID = :id AND RELEASE_DATE IS NULL""")
                .bind("day", releaseDate).bind("id", registration.registrationId()).execute();
        if (changed != 1) {
            throw new IllegalStateException("a locked active registration changed under its lock");
        }
    }

    /** Deletes the registration row; the registration must be locked. */
    static void delete(Handle h, Registration registration) {
        h.createUpdate("DELETE FROM MAMORI.REGISTRATION WHERE REGISTRATION_ID = :id")
                .bind("id", registration.registrationId()).execute();
    }

    /** Whether any section holds the person now. */
    static boolean held(Handle h, long personId) {
        return h.createQuery("""
                SELECT COUNT(*) FROM MAMORI.REGISTRATION WHERE PERSON_ID = :p AND RELEASE_DATE IS NULL""")
                .bind("p", personId).mapTo(Integer.class).one() > 0;
    }
}
