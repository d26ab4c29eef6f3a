package jp.mamori.app.release;

import jp.mamori.app.common.Messages;
import jp.mamori.db.domain.DutyFlagState;
import jp.mamori.db.domain.PendingRequest;
import jp.mamori.db.domain.ReleaseKind;
import jp.mamori.db.domain.ReleasePrecheck;

/**
 * The sentences of the 解除前確認 (pre-release check), shared by the request and the approval: who
 * else holds the person, or — when the section is the last holder — what every linkage duty will
 * then have to do.
 */
public final class PrecheckTexts {

    private PrecheckTexts() {
    }

    /** 解除 or 削除, or 「解除・削除」 while no kind is chosen. */
    static String verb(ReleaseKind kind) {
        return kind == null ? Messages.get("release.kind.either") : ReleaseTexts.kind(kind);
    }

    /** The heading: the other holders' count, or the last-holder warning. */
    public static String heading(ReleasePrecheck precheck) {
        return precheck.lastHolder() ? Messages.get("precheck.last.heading")
                : Messages.get("precheck.others.heading", precheck.otherHolders().size());
    }

    /** The sentence under the heading, for a request of {@code kind} (null: not chosen yet). */
    public static String lead(ReleasePrecheck precheck, ReleaseKind kind) {
        if (!precheck.registrationActive()) {
            return Messages.get("precheck.inactive");
        }
        return precheck.lastHolder() ? Messages.get("precheck.last.lead", verb(kind))
                : Messages.get("precheck.others.lead", verb(kind));
    }

    /** When the section is the last holder: how many duties must release, how many close. */
    public static String dutyCounts(ReleasePrecheck precheck) {
        long mustRelease = precheck.duties().stream().filter(DutyFlagState::releaseNeeded).count();
        return Messages.get("precheck.last.counts", mustRelease, precheck.duties().size() - mustRelease);
    }

    /** One duty line: 所属・業務（システム）. */
    public static String duty(DutyFlagState duty) {
        return Messages.get("precheck.duty.line", duty.sectionName(), duty.businessName(),
                ReleaseTexts.system(duty.systemName()));
    }

    /** A request already waiting for this registration. */
    public static String pending(PendingRequest request) {
        return Messages.get("precheck.pending", ReleaseTexts.kind(request.kind()),
                ReleaseTexts.basis(request.basis()), request.requestedBy(),
                ReleaseTexts.dateTime(request.requestedAt()));
    }
}
