package jp.mamori.db.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Outcome of {@link ChainVerifier}: how much was checked and the first break, if any.
 *
 * @param rowsChecked        rows examined, up to and including the row where a break was found
 * @param checkpointsChecked checkpoints whose signature verified and whose (seq, hash) was compared
 *                           with the chain
 * @param firstBreak         the first break; empty when the chain holds
 * @param lastGood           without a chain break: the last row (or the start if there was none),
 *                           which vouches the start of the following range; with one: the newest
 *                           verified row before the break
 */
public record VerificationReport(long rowsChecked, long checkpointsChecked,
        Optional<ChainBreak> firstBreak, ChainPosition lastGood) {

    public VerificationReport {
        Objects.requireNonNull(firstBreak, "firstBreak");
        Objects.requireNonNull(lastGood, "lastGood");
    }

    /** True when no break was found. */
    public boolean ok() {
        return firstBreak.isEmpty();
    }

    /** A Japanese summary line for the security officer. */
    public String summary() {
        String counts = "検査した行: " + rowsChecked + "、検査したチェックポイント: " + checkpointsChecked;
        return firstBreak.map(b -> "異常あり（" + b.describe() + "）。" + counts)
                .orElse("異常なし。" + counts);
    }
}
