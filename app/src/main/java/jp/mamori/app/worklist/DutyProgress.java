package jp.mamori.app.worklist;

import jp.mamori.app.common.Messages;
import jp.mamori.db.domain.DutySummary;
import jp.mamori.db.domain.FlagWorkKind;

/**
 * The progress of one linkage duty for one kind of flag work, as the 完了状況 chart and table show
 * it: confirmed, pending within the period, and overdue (the three parts add up to all persons).
 *
 * @param dutyId        duty id
 * @param sectionCode   the duty's section
 * @param sectionName   所属名
 * @param businessName  業務
 * @param systemName    システム
 * @param confirmed     persons confirmed
 * @param pendingInTime persons not confirmed, still within {@code worklist.overdueDays}
 * @param overdue       persons not confirmed and overdue
 * @param ownSection    whether the duty belongs to the caller's section
 */
public record DutyProgress(int dutyId, String sectionCode, String sectionName, String businessName,
        String systemName, int confirmed, int pendingInTime, int overdue, boolean ownSection) {

    /** The progress of {@code summary} for {@code kind}. */
    static DutyProgress of(DutySummary summary, FlagWorkKind kind, String callerSection) {
        int confirmed = kind == FlagWorkKind.SET ? summary.setConfirmed() : summary.releaseConfirmed();
        int pending = kind == FlagWorkKind.SET ? summary.setPending() : summary.releasePending();
        int overdue = kind == FlagWorkKind.SET ? summary.setOverdue() : summary.releaseOverdue();
        return new DutyProgress(summary.dutyId(), summary.sectionCode(), summary.sectionName(),
                summary.businessName(), summary.systemName(), confirmed, Math.max(0, pending - overdue),
                overdue, summary.sectionCode().equals(callerSection));
    }

    /** All persons of the duty for this kind of work. */
    public int total() {
        return confirmed + pendingInTime + overdue;
    }

    /** Pending persons, overdue ones included. */
    public int pending() {
        return pendingInTime + overdue;
    }

    /** 「所属：業務」, the duty's name in the table and on the chart. */
    public String label() {
        return Messages.get("completion.dutyLabel", sectionName, businessName);
    }

    /**
     * {@link #label()} broken into lines of at most {@code perLine} characters, preferring to break
     * after 「：」「、」「・」 or a closing bracket, or before an opening one, so that a long business
     * name stays readable beside a chart bar instead of being cut off.
     */
    public String wrappedLabel(int perLine) {
        return wrap(label(), perLine);
    }

    static String wrap(String text, int perLine) {
        if (perLine < 2) {
            throw new IllegalArgumentException("perLine < 2");
        }
        StringBuilder out = new StringBuilder();
        String rest = text;
        while (rest.codePointCount(0, rest.length()) > perLine) {
            int limit = rest.offsetByCodePoints(0, perLine);
            int cut = limit;
            for (int i = limit; i > limit / 3; i--) {
                if ("：、・）)".indexOf(rest.charAt(i - 1)) >= 0 || "（(".indexOf(rest.charAt(i)) >= 0) {
                    cut = i;
                    break;
                }
            }
            out.append(rest, 0, cut).append('\n');
            rest = rest.substring(cut);
        }
        return out.append(rest).toString();
    }
}
