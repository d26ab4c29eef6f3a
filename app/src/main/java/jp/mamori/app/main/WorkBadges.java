package jp.mamori.app.main;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import jp.mamori.db.domain.WorkCounts;

/**
 * The counts shown beside the navigation entries: requests waiting for the 所属長, open flag work
 * of the section's linkage duties (and how much of it is overdue), registrations due for review.
 * Read once at login ({@code WORK_COUNTS}); afterwards the screens that list this work update the
 * count from what they read, so no extra server call is made for a badge.
 */
public final class WorkBadges {

    private final ReadOnlyBooleanWrapper known = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper pendingApprovals = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper worklistOpen = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper worklistOverdue = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper reviewDue = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper expiringCertificates = new ReadOnlyIntegerWrapper();

    /** Takes the counts read at login. */
    public void apply(WorkCounts counts) {
        pendingApprovals.set(counts.pendingApprovals());
        worklistOpen.set(counts.setOpen() + counts.releaseOpen());
        worklistOverdue.set(counts.setOverdue() + counts.releaseOverdue());
        reviewDue.set(counts.reviewDue());
        known.set(true);
    }

    /** The 承認待ち screen read this many pending requests. */
    public void approvals(int pending) {
        pendingApprovals.set(pending);
    }

    /** The ワークリスト read this many open items, of which {@code overdue} are overdue. */
    public void worklist(int open, int overdue) {
        worklistOpen.set(open);
        worklistOverdue.set(overdue);
    }

    /** The 要確認 screen read this many registrations due for review. */
    public void review(int due) {
        reviewDue.set(due);
    }

    /** The administrator's count of certificates that end within 60 days (at login and from 利用者管理). */
    public void expiringCertificates(int count) {
        expiringCertificates.set(count);
        known.set(true);
    }

    public ReadOnlyIntegerProperty expiringCertificatesProperty() {
        return expiringCertificates.getReadOnlyProperty();
    }

    /** Whether the counts were read (false before, or if the server could not give them). */
    public ReadOnlyBooleanProperty knownProperty() {
        return known.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingApprovalsProperty() {
        return pendingApprovals.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty worklistOpenProperty() {
        return worklistOpen.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty worklistOverdueProperty() {
        return worklistOverdue.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty reviewDueProperty() {
        return reviewDue.getReadOnlyProperty();
    }
}
