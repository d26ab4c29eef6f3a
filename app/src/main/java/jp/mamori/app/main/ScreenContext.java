package jp.mamori.app.main;

import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.common.UiExecutor;
import jp.mamori.db.client.SessionInfo;

/**
 * What a work screen gets when it is opened: who is logged in, the action gateway (its only way
 * to the server), the background executor, the error path and the navigation's work counts.
 */
public record ScreenContext(SessionInfo session, ScreenActions actions, UiExecutor executor,
        ErrorPresenter errors, WorkBadges badges) {

    /** A context whose work counts are shown nowhere. */
    public ScreenContext(SessionInfo session, ScreenActions actions, UiExecutor executor, ErrorPresenter errors) {
        this(session, actions, executor, errors, new WorkBadges());
    }
}
