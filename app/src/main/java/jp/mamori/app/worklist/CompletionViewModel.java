package jp.mamori.app.worklist;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.db.client.FlagWorkApi;
import jp.mamori.db.domain.DutySummary;
import jp.mamori.db.domain.FlagWorkKind;
import jp.mamori.db.contract.ScreenId;

/**
 * 完了状況: per linkage duty of every 利用課, how many persons are confirmed, pending and overdue —
 * for setting or for releasing the flags — as a chart and a table, and the caller's own section's
 * totals. Counts only ({@code FLAG_SUMMARY}, audited by the server).
 */
public final class CompletionViewModel {

    /** Screen id in the 操作ログ. */
    public static final String SCREEN = ScreenId.WORKLIST_SUMMARY.id();

    private final ScreenContext context;
    private final ObjectProperty<FlagWorkKind> kind = new SimpleObjectProperty<>(FlagWorkKind.SET);
    private final ObservableList<DutyProgress> duties = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper ownSectionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private List<DutySummary> summaries = List.of();

    /** @param context the work screen's context */
    public CompletionViewModel(ScreenContext context) {
        this.context = Objects.requireNonNull(context, "context");
        kind.addListener((obs, old, now) -> derive());
    }

    /** Reads the counts of every duty. */
    public void load() {
        busy.set(true);
        error.set("");
        context.actions().call(ScreenAction.of(SCREEN, "summary"),
                s -> s.procedures(FlagWorkApi.class).summary(SCREEN), list -> {
                    busy.set(false);
                    summaries = List.copyOf(list);
                    loaded.set(true);
                    derive();
                }, failure -> {
                    busy.set(false);
                    error.set(context.errors().messageFor(failure));
                });
    }

    private void derive() {
        FlagWorkKind shown = kind.get() == null ? FlagWorkKind.SET : kind.get();
        String own = context.session().sectionCode();
        // The caller's own duties first, then every other section's in the server's order.
        List<DutyProgress> rows = summaries.stream().map(s -> DutyProgress.of(s, shown, own))
                .sorted(Comparator.comparing(d -> !d.ownSection())).toList();
        duties.setAll(rows);
        List<DutyProgress> mine = rows.stream().filter(DutyProgress::ownSection).toList();
        if (mine.isEmpty()) {
            ownSectionText.set(Messages.get("completion.own.none"));
        } else {
            int confirmed = mine.stream().mapToInt(DutyProgress::confirmed).sum();
            int pending = mine.stream().mapToInt(DutyProgress::pending).sum();
            int overdue = mine.stream().mapToInt(DutyProgress::overdue).sum();
            String section = context.session().sectionName();
            ownSectionText.set(shown == FlagWorkKind.SET
                    ? Messages.get("completion.own.set", section, mine.size(), confirmed, pending, overdue)
                    : Messages.get("completion.own.release", section, mine.size(), confirmed, pending, overdue));
        }
    }

    /** Which work is shown: 設定 or 解除. */
    public ObjectProperty<FlagWorkKind> kindProperty() {
        return kind;
    }

    /** One row per active duty: the caller's section's first, then the server's order (section, then duty). */
    public ObservableList<DutyProgress> duties() {
        return duties;
    }

    /** The caller's own section's totals, or that it has no linkage duty. */
    public ReadOnlyStringProperty ownSectionTextProperty() {
        return ownSectionText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
