package jp.mamori.db.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.mamori.db.contract.Procedure;
import jp.mamori.db.contract.RefusalCode;
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
public final class ReleaseApi {

    private final ProcedureCaller calls;

    public ReleaseApi(ProcedureCaller calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** 解除前確認 of a registration of the caller's section: who else holds the person, and what a release means. */
    public ReleasePrecheck precheck(String screen, long registrationId) {
        List<PrecheckRow> rows = calls.rows(Procedure.RELEASE_PRECHECK, PrecheckRow.class, screen, registrationId);
        PrecheckRow summary = rows.stream().filter(r -> "SUMMARY".equals(r.rowKind())).findFirst()
                .orElseThrow(() -> new ServerRefusal(RefusalCode.ERROR_UNEXPECTED, List.of(), null));
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

    /**
     * Asks for the release (basis APPLICATION / NO_LONGER_NEEDED) or the deletion (ERRONEOUS /
     * DUPLICATE) of a registration of the caller's section; returns the request id.
     */
    public long request(String screen, long registrationId, ReleaseBasis basis) {
        return requestCall(screen, registrationId, basis.kind().name(), basis.name());
    }

    /** The wire form of {@link #request(String, long, ReleaseBasis)}: kind and basis as the server reads them. */
    public long requestCall(String screen, long registrationId, String kind, String basis) {
        return calls.scalar(Procedure.RELEASE_REQUEST, Long.class, screen, registrationId, kind, basis);
    }

    /** A chief approves a request of their section that someone else made; returns its new version. */
    public int approve(String screen, long requestId, int expectedVersion) {
        return decideCall(screen, requestId, true, null, expectedVersion);
    }

    /** A chief rejects a request of their section that someone else made; returns its new version. */
    public int reject(String screen, long requestId, RejectReason reason, int expectedVersion) {
        return decideCall(screen, requestId, false, reason.name(), expectedVersion);
    }

    /** The wire form of {@link #approve} and {@link #reject}. */
    public int decideCall(String screen, long requestId, boolean approve, String rejectReason, int expectedVersion) {
        return calls.scalar(Procedure.RELEASE_DECIDE, Integer.class, screen, requestId, approve, rejectReason,
                expectedVersion);
    }

    /** The requester takes back a pending request. */
    public void withdraw(String screen, long requestId) {
        calls.run(Procedure.RELEASE_WITHDRAW, screen, requestId);
    }

    /** The pending requests of the caller's section, oldest first. */
    public List<PendingRequest> pending(String screen) {
        return calls.rows(Procedure.RELEASE_PENDING, PendingRequest.class, screen);
    }

    /** 要確認: the caller's section's registrations due for review, longest due first. */
    public List<ReviewItem> reviewDue(String screen) {
        return calls.rows(Procedure.REVIEW_DUE, ReviewItem.class, screen);
    }

    /** Records today as the review of a registration of the caller's section; returns its new version. */
    public int confirmReview(String screen, long registrationId) {
        return calls.scalar(Procedure.REVIEW_CONFIRM, Integer.class, screen, registrationId);
    }

    /** One row of the pre-release check as the server sends it (ROW_KIND SUMMARY, HOLDER or DUTY). */
    public record PrecheckRow(String rowKind, long registrationId, long personId, Boolean registrationActive,
            Boolean lastHolder, Long pendingRequestId, String sectionCode, String sectionName, LocalDate inputDate,
            Integer dutyId, String businessName, String systemName, String setStatus) {
    }
}
