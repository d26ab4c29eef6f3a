package jp.mamori.app.main;

import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.common.UiExecutor;
import jp.mamori.db.client.SessionInfo;

/**
 * What a work screen gets when it is opened: who is logged in, the action gateway (its only way
 * to the server), the background executor and the error path.
 */
public record ScreenContext(SessionInfo session, ScreenActions actions, UiExecutor executor,
        ErrorPresenter errors) {
}
