package jp.mamori.db.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlCall;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import jp.mamori.db.domain.DutyFlagState;
import jp.mamori.db.domain.FlagWorkStatus;
import jp.mamori.db.domain.HoldingSection;
import jp.mamori.db.domain.PendingRequest;
import jp.mamori.db.domain.RejectReason;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.domain.ReleasePrecheck;
import jp.mamori.db.domain.ReviewItem;

/**
 * 解除・削除 and 要確認: the release, deletion and review procedures of clerks and chiefs, used as
 * {@code session.procedures(ReleaseApi.class)}. Every method is one audited server call; a refusal
 * arrives as {@link ServerRefusal} with a stable code:
 * <ul>
 *   <li>{@code denied.role} (a clerk deciding), {@code denied.section} (another section's
 *       registration or request, or a section that holds no data), {@code denied.ownRequest}
 *       (a chief deciding their own request), {@code denied.notRequester} (withdrawing another's
 *       request), {@code denied.session*};</li>
 *   <li>{@code invalid.input} (first argument: the field's message key, e.g.
 *       {@code input.releaseBasis.invalid}, {@code input.rejectReason.required},
 *       {@code input.requestId.required}), {@code invalid.screen};</li>
 *   <li>{@code notfound.registration}, {@code notfound.request};</li>
 *   <li>{@code conflict.released} (the registration is already released), {@code conflict.pending}
 *       (a request of it is already pending), {@code conflict.notPending} (argument: the request's
 *       status), {@code conflict.version};</li>
 *   <li>{@code error.internal}, {@code connection.lost}, {@code error.unexpected}.</li>
 * </ul>
 */
public interface ReleaseApi {

    /** Rows fetched per round trip: a whole list in one (see {@link FlagWorkApi#RESULT_FETCH_SIZE}). */
    int RESULT_FETCH_SIZE = FlagWorkApi.RESULT_FETCH_SIZE;

    /** 解除前確認 of a registration of the caller's section: who else holds the person, and what a release means. */
    default ReleasePrecheck precheck(String screen, long registrationId) {
        List<PrecheckRow> rows = precheckCall(screen, registrationId);
        PrecheckRow summary = rows.stream().filter(r -> "SUMMARY".equals(r.rowKind())).findFirst()
                .orElseThrow(() -> new ServerRefusal("error.unexpected", List.of(), null));
        List<HoldingSection> holders = new ArrayList<>();
        List<DutyFlagState> duties = new ArrayList<>();
        for (PrecheckRow row : rows) {
            if ("HOLDER".equals(row.rowKind())) {
                holders.add(new HoldingSection(row.sectionCode(), row.sectionName(), row.inputDate()));
            } else if ("DUTY".equals(row.rowKind())) {
                duties.add(new DutyFlagState(row.dutyId(), row.sectionCode(), row.sectionName(), row.businessName(),
                        row.systemName(), row.setStatus() == null ? null : FlagWorkStatus.valueOf(row.setStatus())));
            }
        }
        return new ReleasePrecheck(summary.registrationId(), summary.personId(), summary.registrationActive(),
                summary.lastHolder(), summary.pendingRequestId(), holders, duties);
    }

    /** The wire form of {@link #precheck(String, long)}. */
    @FetchSize(RESULT_FETCH_SIZE)
    @SqlQuery("CALL API.RELEASE_PRECHECK(:screen, :registrationId)")
    @RegisterConstructorMapper(PrecheckRow.class)
    List<PrecheckRow> precheckCall(@Bind("screen") String screen, @Bind("registrationId") long registrationId);

    /**
     * Asks for the release (basis APPLICATION / NO_LONGER_NEEDED) or the deletion (ERRONEOUS /
     * DUPLICATE) of a registration of the caller's section; returns the request id.
     */
    default long request(String screen, long registrationId, ReleaseBasis basis) {
        return requestCall(screen, registrationId, basis.kind().name(), basis.name());
    }

    /** The wire form of {@link #request(String, long, ReleaseBasis)}. */
    @SqlQuery("CALL API.RELEASE_REQUEST(:screen, :registrationId, :kind, :basis)")
    long requestCall(@Bind("screen") String screen, @Bind("registrationId") long registrationId,
            @Bind("kind") String kind, @Bind("basis") String basis);

    /** A chief approves a request of their section that someone else made; returns its new version. */
    default int approve(String screen, long requestId, int expectedVersion) {
        return decideCall(screen, requestId, true, null, expectedVersion);
    }

    /** A chief rejects a request of their section that someone else made; returns its new version. */
    default int reject(String screen, long requestId, RejectReason reason, int expectedVersion) {
        return decideCall(screen, requestId, false, reason.name(), expectedVersion);
    }

    /** The wire form of {@link #approve} and {@link #reject}. */
    @SqlQuery("CALL API.RELEASE_DECIDE(:screen, :requestId, :approve, :rejectReason, :version)")
    int decideCall(@Bind("screen") String screen, @Bind("requestId") long requestId, @Bind("approve") boolean approve,
            @Bind("rejectReason") String rejectReason, @Bind("version") int expectedVersion);

    /** The requester takes back a pending request. */
    @SqlCall("CALL API.RELEASE_WITHDRAW(:screen, :requestId)")
    void withdraw(@Bind("screen") String screen, @Bind("requestId") long requestId);

    /** The pending requests of the caller's section, oldest first. */
    @FetchSize(RESULT_FETCH_SIZE)
    @SqlQuery("CALL API.RELEASE_PENDING(:screen)")
    @RegisterConstructorMapper(PendingRequest.class)
    List<PendingRequest> pending(@Bind("screen") String screen);

    /** 要確認: the caller's section's registrations due for review, longest due first. */
    @FetchSize(RESULT_FETCH_SIZE)
    @SqlQuery("CALL API.REVIEW_DUE(:screen)")
    @RegisterConstructorMapper(ReviewItem.class)
    List<ReviewItem> reviewDue(@Bind("screen") String screen);

    /** Records today as the review of a registration of the caller's section; returns its new version. */
    @SqlQuery("CALL API.REVIEW_CONFIRM(:screen, :registrationId)")
    int confirmReview(@Bind("screen") String screen, @Bind("registrationId") long registrationId);

    /** One row of the pre-release check as the server sends it (ROW_KIND SUMMARY, HOLDER or DUTY). */
    record PrecheckRow(String rowKind, long registrationId, long personId, Boolean registrationActive,
            Boolean lastHolder, Long pendingRequestId, String sectionCode, String sectionName, LocalDate inputDate,
            Integer dutyId, String businessName, String systemName, String setStatus) {
    }
}
