package jp.mamori.db.client;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlCall;

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
public interface PasswordApi {

    /** Changes the caller's own password. */
    @SqlCall("CALL API.CHANGE_PASSWORD(:screen, :current, :next)")
    void change(@Bind("screen") String screen, @Bind("current") String currentPassword,
            @Bind("next") String newPassword);
}
