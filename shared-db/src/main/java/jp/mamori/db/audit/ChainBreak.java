package jp.mamori.db.audit;

import java.util.Objects;

/**
 * The first place where the 操作ログ hash chain does not hold.
 *
 * @param kind   what was found
 * @param seq    the sequence number (SEQ) the break is reported at; see {@link ChainVerifier} for
 *               which number each kind reports
 * @param detail a Japanese sentence for the security officer; contains sequence numbers only,
 *               never row content
 */
public record ChainBreak(BreakKind kind, long seq, String detail) {

    public ChainBreak {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** One line for reports: {@code SEQ 1234: 改ざん（内容の変更） — detail}. */
    public String describe() {
        return "SEQ " + seq + ": " + kind.japanese() + " — " + detail;
    }
}
