package jp.mamori.app.review;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.domain.ReviewItem;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.contract.ScreenId;

/**
 * 要確認: the registrations of the caller's section whose review period has passed since their
 * 入力日 or last review. Confirming a review records today ({@code REVIEW_CONFIRM}, audited);
 * nothing is ever released automatically — a registration no longer needed goes through
 * 解除・削除の依頼 from the person view.
 */
public final class ReviewViewModel {

    /** Screen id in the 操作ログ. */
    public static final String SCREEN = ScreenId.REVIEW.id();

    private final ScreenContext context;
    private final ObservableList<ReviewItem> items = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper notHolding = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param context the work screen's context; its 要確認 badge follows each reading */
    public ReviewViewModel(ScreenContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Reads the registrations due for review, longest due first. */
    public void load() {
        busy.set(true);
        error.set("");
        context.actions().call(ScreenAction.of(SCREEN, "list"),
                s -> s.procedures(ReleaseApi.class).reviewDue(SCREEN), list -> {
                    busy.set(false);
                    loaded.set(true);
                    items.setAll(list);
                    context.badges().review(list.size());
                }, failure -> {
                    busy.set(false);
                    if (failure instanceof ServerRefusal refusal && refusal.is(RefusalCode.DENIED_SECTION)) {
                        notHolding.set(true);
                    } else {
                        error.set(context.errors().messageFor(failure));
                    }
                });
    }

    /** Records today as the review of {@code item}'s registration, then reads the list again. */
    public void confirm(ReviewItem item) {
        if (item == null || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        message.set("");
        context.actions().call(new ScreenAction(SCREEN, "confirm", Long.toString(item.registrationId())),
                s -> s.procedures(ReleaseApi.class).confirmReview(SCREEN, item.registrationId()), version -> {
                    busy.set(false);
                    message.set(Messages.get("review.confirmed", item.nameKanji(), item.addresseeNumber()));
                    load();
                }, failure -> {
                    busy.set(false);
                    load();
                    error.set(context.errors().messageFor(failure));
                });
    }

    /** The registrations due for review. */
    public ObservableList<ReviewItem> items() {
        return items;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Whether the caller's section holds no data (no registrations to review). */
    public ReadOnlyBooleanProperty notHoldingProperty() {
        return notHolding.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
