package jp.mamori.app.worklist;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import jp.mamori.app.common.Messages;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.domain.FlagWorkItem;
import jp.mamori.db.contract.RefusalCode;

/**
 * What became of each row of a confirmation: confirmed, or why not. Rows are confirmed one by
 * one (one audited {@code FLAG_CONFIRM} each); a refusal that concerns the row alone is noted and
 * the next row is tried, any other refusal stops the rest.
 *
 * @param item    the row
 * @param result  what happened
 * @param refusal the server's refusal, or null when confirmed or not tried
 */
public record ConfirmOutcome(FlagWorkItem item, Result result, ServerRefusal refusal) {

    /** What happened to one row. */
    public enum Result {
        /** 確認を記録した */
        CONFIRMED,
        /** someone of the section had confirmed it already */
        ALREADY_CONFIRMED,
        /** closed by the person's release (設定) or otherwise no longer there */
        NO_LONGER_NEEDED,
        /** refused for a reason not about this row; the rest was not tried */
        FAILED,
        /** not tried after a failure */
        NOT_TRIED
    }

    /** Refusal codes that concern one row only. */
    private static final Set<RefusalCode> ROW_CODES = EnumSet.of(RefusalCode.CONFLICT_ALREADY_CONFIRMED,
            RefusalCode.CONFLICT_NOT_NEEDED, RefusalCode.NOTFOUND_FLAG_WORK, RefusalCode.CONFLICT_DUTY_INACTIVE,
            RefusalCode.NOTFOUND_DUTY);

    public ConfirmOutcome {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(result, "result");
    }

    /** The outcome of a refused row; {@link Result#FAILED} if the refusal is not about the row. */
    static ConfirmOutcome refused(FlagWorkItem item, ServerRefusal refusal) {
        RefusalCode code = refusal.refusalCode();
        if (!ROW_CODES.contains(code)) {
            return new ConfirmOutcome(item, Result.FAILED, refusal);
        }
        return new ConfirmOutcome(item, code == RefusalCode.CONFLICT_ALREADY_CONFIRMED ? Result.ALREADY_CONFIRMED
                : Result.NO_LONGER_NEEDED, refusal);
    }

    /** The report of a whole confirmation, one sentence per kind of result that occurred. */
    static String report(List<ConfirmOutcome> outcomes, String failureMessage) {
        StringBuilder text = new StringBuilder();
        append(text, outcomes, Result.CONFIRMED, n -> Messages.get("worklist.result.confirmed", n));
        append(text, outcomes, Result.ALREADY_CONFIRMED, n -> Messages.get("worklist.result.alreadyConfirmed", n));
        append(text, outcomes, Result.NO_LONGER_NEEDED, n -> Messages.get("worklist.result.noLongerNeeded", n));
        long notDone = count(outcomes, Result.FAILED) + count(outcomes, Result.NOT_TRIED);
        if (notDone > 0) {
            separate(text).append(Messages.get("worklist.result.failed", notDone, failureMessage));
        }
        return text.toString();
    }

    private static void append(StringBuilder text, List<ConfirmOutcome> outcomes, Result result,
            LongFunction<String> sentence) {
        long n = count(outcomes, result);
        if (n > 0) {
            separate(text).append(sentence.apply(n));
        }
    }

    private static StringBuilder separate(StringBuilder text) {
        return text.isEmpty() ? text : text.append('\n');
    }

    static long count(List<ConfirmOutcome> outcomes, Result result) {
        return outcomes.stream().filter(o -> o.result() == result).count();
    }
}
