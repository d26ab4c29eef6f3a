package jp.mamori.db.client;

import java.util.Objects;
import jp.mamori.db.contract.Procedure;

/**
 * パスワード変更, used as {@code session.procedures(PasswordApi.class)} by every role (ADR 0015). A
 * session whose {@link SessionInfo#passwordChangeRequired()} is true may call only this, then work
 * (every other call is refused with {@code denied.passwordChange} until the change succeeds). Refusals:
 * <ul>
 *   <li>{@code invalid.currentPassword} — the current password is wrong (counts towards the lock-out);</li>
 *   <li>{@code invalid.input} with {@code input.password.tooShort}, {@code .tooLong}, {@code .common},
 *       {@code .repetitive}, {@code .context} or {@code .unchanged}; arguments: the minimum (8) and
 *       maximum (128) length;</li>
 *   <li>{@code denied.session*}, {@code error.internal}, {@code connection.lost}.</li>
 * </ul>
 */
public final class PasswordApi {

    private final ProcedureCaller calls;

    public PasswordApi(ProcedureCaller calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
    }

    /** Changes the caller's own password. */
    public void change(String screen, String currentPassword, String newPassword) {
        calls.run(Procedure.CHANGE_PASSWORD, screen, currentPassword, newPassword);
    }
}
