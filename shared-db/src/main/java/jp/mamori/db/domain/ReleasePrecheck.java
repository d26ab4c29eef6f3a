package jp.mamori.db.domain;

import java.util.List;

/**
 * 解除前確認: what a release of one registration would mean, shown before the request is sent.
 *
 * @param registrationId     the registration to release or delete
 * @param personId           its person
 * @param registrationActive whether the registration is still active (no 解除日)
 * @param lastHolder         whether no other section holds the person: the release ends the
 *                           protection, and every duty that set the flags must release them
 * @param pendingRequestId   the request of this registration waiting for a decision, or {@code null}
 * @param otherHolders       every other 保有課 that still holds the person
 * @param duties             when {@code lastHolder}: every active linkage duty and its SET state;
 *                           empty otherwise
 */
public record ReleasePrecheck(long registrationId, long personId, boolean registrationActive, boolean lastHolder,
        Long pendingRequestId, List<HoldingSection> otherHolders, List<DutyFlagState> duties) {

    public ReleasePrecheck {
        otherHolders = List.copyOf(otherHolders);
        duties = List.copyOf(duties);
    }
}
