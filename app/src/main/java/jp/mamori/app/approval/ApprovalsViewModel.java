package jp.mamori.app.approval;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.app.release.ReleaseTexts;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.domain.PendingRequest;
import jp.mamori.db.domain.RejectReason;
import jp.mamori.db.domain.ReleasePrecheck;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.contract.ScreenId;

/**
 * 承認待ち: a section chief (所属長) sees the section's pending release and deletion requests, opens
 * one with its 解除前確認, and approves it or rejects it with a reason code. A chief's own request
 * is shown but cannot be decided (another chief must); the server enforces the same. Every call is
 * a self-auditing procedure ({@code RELEASE_PENDING}, {@code RELEASE_PRECHECK},
 * {@code RELEASE_DECIDE}).
 */
public final class ApprovalsViewModel {

    /** Screen id in the 操作ログ (the navigation's id of 承認待ち). */
    public static final String SCREEN = ScreenId.RELEASE_APPROVALS.id();

    /** The decision a chief is about to confirm. */
    public enum Decision {
        /** 承認 */
        APPROVE,
        /** 却下 */
        REJECT
    }

    private final ScreenContext context;

    private final ObservableList<PendingRequest> requests = FXCollections.observableArrayList();
    private final ObjectProperty<PendingRequest> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ReleasePrecheck> precheck = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<RejectReason> rejectReason = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Decision> confirming = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding ownRequest;
    private final StringBinding approveBlocked;
    private final StringBinding rejectBlocked;

    /** @param context the work screen's context; its badge of 承認待ち follows each reading */
    public ApprovalsViewModel(ScreenContext context) {
        this.context = Objects.requireNonNull(context, "context");
        selected.addListener((obs, old, now) -> {
            confirming.set(null);
            rejectReason.set(null);
            precheck.set(null);
            if (now != null) {
                loadPrecheck(now);
            }
        });
        ownRequest = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().requestedBy().equals(context.session().userName()), selected);
        approveBlocked = Bindings.createStringBinding(() -> whyBlocked(false), selected, precheck, ownRequest,
                rejectReason, busy);
        rejectBlocked = Bindings.createStringBinding(() -> whyBlocked(true), selected, precheck, ownRequest,
                rejectReason, busy);
    }

    /** Reads the section's pending requests, oldest first. */
    public void load() {
        busy.set(true);
        error.set("");
        context.actions().call(ScreenAction.of(SCREEN, "pending"),
                s -> s.procedures(ReleaseApi.class).pending(SCREEN), list -> {
                    busy.set(false);
                    loaded.set(true);
                    showList(list);
                }, failure -> {
                    busy.set(false);
                    error.set(context.errors().messageFor(failure));
                });
    }

    private void showList(List<PendingRequest> list) {
        PendingRequest before = selected.get();
        requests.setAll(list);
        context.badges().approvals(list.size());
        PendingRequest again = before == null ? null : list.stream()
                .filter(r -> r.requestId() == before.requestId() && r.version() == before.version())
                .findFirst().orElse(null);
        selected.set(again);
    }

    private void loadPrecheck(PendingRequest request) {
        busy.set(true);
        context.actions().call(new ScreenAction(SCREEN, "precheck", Long.toString(request.registrationId())),
                s -> s.procedures(ReleaseApi.class).precheck(SCREEN, request.registrationId()), check -> {
                    busy.set(false);
                    if (request.equals(selected.get())) {
                        precheck.set(check);
                    }
                }, failure -> {
                    busy.set(false);
                    error.set(context.errors().messageFor(failure));
                });
    }

    /** Asks to confirm the approval of the selected request. */
    public void requestApproval() {
        if (approveBlocked.get().isEmpty()) {
            message.set("");
            confirming.set(Decision.APPROVE);
        }
    }

    /** Asks to confirm the rejection of the selected request with the chosen reason. */
    public void requestRejection() {
        if (rejectBlocked.get().isEmpty()) {
            message.set("");
            confirming.set(Decision.REJECT);
        }
    }

    /** Back from the confirmation without deciding. */
    public void cancelDecision() {
        confirming.set(null);
    }

    /** Sends the confirmed decision with the version shown. */
    public void confirmDecision() {
        Decision decision = confirming.get();
        PendingRequest request = selected.get();
        if (decision == null || request == null || busy.get()) {
            return;
        }
        RejectReason reason = rejectReason.get();
        if (decision == Decision.REJECT && reason == null) {
            return;
        }
        busy.set(true);
        error.set("");
        String id = Long.toString(request.requestId());
        context.actions().call(new ScreenAction(SCREEN, decision == Decision.APPROVE ? "approve" : "reject", id),
                s -> decision == Decision.APPROVE
                        ? s.procedures(ReleaseApi.class).approve(SCREEN, request.requestId(), request.version())
                        : s.procedures(ReleaseApi.class).reject(SCREEN, request.requestId(), reason,
                                request.version()),
                version -> {
                    busy.set(false);
                    confirming.set(null);
                    message.set(decision == Decision.APPROVE
                            ? Messages.get("approvals.approved", ReleaseTexts.kind(request.kind()),
                                    request.nameKanji())
                            : Messages.get("approvals.rejected", ReleaseTexts.kind(request.kind()),
                                    request.nameKanji(), ReleaseTexts.rejectReason(reason)));
                    selected.set(null);
                    load();
                }, failure -> {
                    busy.set(false);
                    confirming.set(null);
                    if (failure instanceof ServerRefusal refusal && List.of(RefusalCode.CONFLICT_VERSION,
                            RefusalCode.CONFLICT_NOT_PENDING, RefusalCode.NOTFOUND_REQUEST)
                            .contains(refusal.refusalCode())) {
                        // Someone else decided or the requester withdrew: show the list as it is now.
                        selected.set(null);
                        load();
                        error.set(Messages.get("approvals.changed"));
                    } else {
                        error.set(context.errors().messageFor(failure));
                    }
                });
    }

    private String whyBlocked(boolean reject) {
        if (selected.get() == null) {
            return Messages.get("approvals.blocked.select");
        }
        if (ownRequest.get()) {
            return Messages.get("approvals.blocked.own");
        }
        if (precheck.get() == null) {
            return Messages.get("approvals.blocked.precheck");
        }
        if (reject && rejectReason.get() == null) {
            return Messages.get("approvals.blocked.reason");
        }
        return "";
    }

    /** The pending requests, oldest first. */
    public ObservableList<PendingRequest> requests() {
        return requests;
    }

    /** The request opened; selecting one reads its 解除前確認. */
    public ObjectProperty<PendingRequest> selectedProperty() {
        return selected;
    }

    /** The 解除前確認 of the selected request, or null while it is read. */
    public ReadOnlyObjectProperty<ReleasePrecheck> precheckProperty() {
        return precheck.getReadOnlyProperty();
    }

    /** The reason of a rejection; null until chosen. */
    public ObjectProperty<RejectReason> rejectReasonProperty() {
        return rejectReason;
    }

    /** The decision waiting to be confirmed, or null. */
    public ReadOnlyObjectProperty<Decision> confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /** Whether the selected request is the caller's own (it cannot be decided by them). */
    public BooleanBinding ownRequestBinding() {
        return ownRequest;
    }

    /** Why 承認 is not possible now, or empty. */
    public StringBinding approveBlockedBinding() {
        return approveBlocked;
    }

    /** Why 却下 is not possible now, or empty. */
    public StringBinding rejectBlockedBinding() {
        return rejectBlocked;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the list has been read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The confirmation sentence of the decision waiting, or empty. */
    public String confirmationText() {
        PendingRequest request = selected.get();
        Decision decision = confirming.get();
        if (request == null || decision == null) {
            return "";
        }
        String kind = ReleaseTexts.kind(request.kind());
        return decision == Decision.APPROVE
                ? Messages.get("approvals.confirm.approve", kind, request.nameKanji(), request.addresseeNumber())
                : Messages.get("approvals.confirm.reject", kind, request.nameKanji(), request.addresseeNumber(),
                        rejectReason.get() == null ? "" : ReleaseTexts.rejectReason(rejectReason.get()));
    }
}
