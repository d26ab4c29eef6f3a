package jp.mamori.app.worklist;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.db.client.FlagWorkApi;
import jp.mamori.db.client.MamoriSession;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.domain.FlagWorkItem;
import jp.mamori.db.domain.FlagWorkKind;
import jp.mamori.db.domain.Worklist;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.contract.ScreenId;

/**
 * ワークリスト: the flag work of the caller's section's linkage duties — 「フラグ設定待ち」 and
 * 「フラグ解除待ち」 — oldest first with age and the overdue mark. The clerk selects rows and confirms,
 * after a confirmation naming the systems, that the two flags are set (or released) there; each
 * row is one audited {@code FLAG_CONFIRM}. Nothing is ever confirmed by the system.
 */
public final class WorklistViewModel {

    /** Screen id in the 操作ログ (the navigation's id of ワークリスト). */
    public static final String SCREEN = ScreenId.WORKLIST.id();

    private final ScreenContext context;
    private final Map<FlagWorkKind, ObservableList<FlagWorkItem>> items = new EnumMap<>(FlagWorkKind.class);
    private final Map<FlagWorkKind, ReadOnlyBooleanWrapper> truncated = new EnumMap<>(FlagWorkKind.class);
    private final ReadOnlyBooleanWrapper noLinkage = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<FlagConfirmation> confirming = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /** @param context the work screen's context; its ワークリスト badge follows each reading */
    public WorklistViewModel(ScreenContext context) {
        this.context = Objects.requireNonNull(context, "context");
        for (FlagWorkKind kind : FlagWorkKind.values()) {
            items.put(kind, FXCollections.observableArrayList());
            truncated.put(kind, new ReadOnlyBooleanWrapper(false));
        }
    }

    /** Reads both worklists, 設定待ち first. */
    public void load() {
        error.set("");
        load(FlagWorkKind.SET, () -> load(FlagWorkKind.RELEASE, () -> { }));
    }

    private void load(FlagWorkKind kind, Runnable then) {
        busy.set(true);
        context.actions().call(new ScreenAction(SCREEN, "list", kind.name().toLowerCase(java.util.Locale.ROOT)),
                s -> s.procedures(FlagWorkApi.class).worklist(SCREEN, kind, false), list -> {
                    busy.set(false);
                    show(kind, list);
                    then.run();
                }, failure -> {
                    busy.set(false);
                    if (failure instanceof ServerRefusal refusal && refusal.is(RefusalCode.DENIED_SECTION)) {
                        // A 保有課 without linkage duties has no worklist: say so, not as an error.
                        noLinkage.set(true);
                    } else {
                        error.set(context.errors().messageFor(failure));
                    }
                });
    }

    private void show(FlagWorkKind kind, Worklist list) {
        items.get(kind).setAll(list.items());
        truncated.get(kind).set(list.truncated());
        loaded.set(true);
        int open = items.values().stream().mapToInt(List::size).sum();
        int overdue = (int) items.values().stream().flatMap(List::stream).filter(FlagWorkItem::overdue).count();
        context.badges().worklist(open, overdue);
    }

    /** Asks to confirm the chosen rows of one worklist; nothing happens for an empty choice. */
    public void requestConfirmation(FlagWorkKind kind, List<FlagWorkItem> chosen) {
        if (chosen.isEmpty() || busy.get()) {
            return;
        }
        message.set("");
        error.set("");
        confirming.set(new FlagConfirmation(kind, chosen));
    }

    /** Back from the confirmation without recording anything. */
    public void cancelConfirmation() {
        confirming.set(null);
    }

    /** Records the confirmation, row by row, then reads the worklist again. */
    public void confirm() {
        FlagConfirmation confirmation = confirming.get();
        if (confirmation == null || busy.get()) {
            return;
        }
        busy.set(true);
        context.actions().call(new ScreenAction(SCREEN, "confirm", Integer.toString(confirmation.items().size())),
                s -> confirmEach(s, confirmation), outcomes -> {
                    busy.set(false);
                    confirming.set(null);
                    String failure = outcomes.stream().filter(o -> o.refusal() != null
                            && o.result() == ConfirmOutcome.Result.FAILED).findFirst()
                            .map(o -> context.errors().messageFor(o.refusal())).orElse("");
                    message.set(ConfirmOutcome.report(outcomes, failure));
                    load(confirmation.kind(), () -> { });
                }, failure -> {
                    busy.set(false);
                    confirming.set(null);
                    error.set(context.errors().messageFor(failure));
                    load(confirmation.kind(), () -> { });
                });
    }

    /** Runs on the background worker: one {@code FLAG_CONFIRM} per row. */
    private static List<ConfirmOutcome> confirmEach(MamoriSession session, FlagConfirmation confirmation) {
        FlagWorkApi api = session.procedures(FlagWorkApi.class);
        List<ConfirmOutcome> outcomes = new ArrayList<>();
        boolean stopped = false;
        for (FlagWorkItem item : confirmation.items()) {
            if (stopped) {
                outcomes.add(new ConfirmOutcome(item, ConfirmOutcome.Result.NOT_TRIED, null));
                continue;
            }
            try {
                api.confirm(SCREEN, item.personId(), item.dutyId(), confirmation.kind());
                outcomes.add(new ConfirmOutcome(item, ConfirmOutcome.Result.CONFIRMED, null));
            } catch (ServerRefusal refusal) {
                ConfirmOutcome outcome = ConfirmOutcome.refused(item, refusal);
                outcomes.add(outcome);
                stopped = outcome.result() == ConfirmOutcome.Result.FAILED;
            }
        }
        return outcomes;
    }

    /** The open rows of a worklist, oldest first. */
    public ObservableList<FlagWorkItem> items(FlagWorkKind kind) {
        return items.get(kind);
    }

    /** Whether the server has more rows of a worklist than it sent. */
    public ReadOnlyBooleanProperty truncatedProperty(FlagWorkKind kind) {
        return truncated.get(kind).getReadOnlyProperty();
    }

    /** The tab title with its count, e.g. 「フラグ設定待ち（3件）」. */
    public String tabTitle(FlagWorkKind kind) {
        int n = items.get(kind).size();
        return kind == FlagWorkKind.SET ? Messages.get("worklist.tab.set", n)
                : Messages.get("worklist.tab.release", n);
    }

    /** Whether the caller's section has no linkage duties (a 保有課 only). */
    public ReadOnlyBooleanProperty noLinkageProperty() {
        return noLinkage.getReadOnlyProperty();
    }

    /** The confirmation waiting for the clerk's answer, or null. */
    public ReadOnlyObjectProperty<FlagConfirmation> confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether a worklist has been read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
