package jp.mamori.db.domain;

/**
 * The counts shown at login for the caller's section.
 *
 * @param pendingApprovals requests of the section waiting for a chief's decision
 * @param setOpen          flag-setting items of the section's duties not yet confirmed
 * @param setOverdue       of those, older than {@code worklist.overdueDays}
 * @param releaseOpen      flag-release items of the section's duties not yet confirmed
 * @param releaseOverdue   of those, older than {@code worklist.overdueDays}
 * @param reviewDue        registrations of the section due for review (要確認)
 */
public record WorkCounts(int pendingApprovals, int setOpen, int setOverdue, int releaseOpen, int releaseOverdue,
        int reviewDue) {
}
