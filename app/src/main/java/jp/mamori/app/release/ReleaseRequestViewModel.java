package jp.mamori.app.release;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.client.ServerRefusal;
import jp.mamori.db.client.SessionInfo;
import jp.mamori.db.domain.PendingRequest;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.domain.ReleaseKind;
import jp.mamori.db.domain.ReleasePrecheck;
import jp.mamori.db.contract.RefusalCode;
import jp.mamori.db.contract.ScreenId;

/**
 * 解除・削除の依頼: a clerk or chief asks for the release or the deletion of their own section's
 * registration. The 解除前確認 is read first and shown; the request can be sent only after a kind
 * and a basis code are chosen and the clerk has confirmed that they saw the check. No free text.
 *
 * <p>Every server call is a self-auditing procedure ({@code RELEASE_PRECHECK},
 * {@code RELEASE_PENDING}, {@code RELEASE_REQUEST}, {@code RELEASE_WITHDRAW}) made through
 * {@link jp.mamori.app.common.ScreenActions#call}.
 */
public final class ReleaseRequestViewModel {

    /** Screen id in the 操作ログ. */
    public static final String SCREEN = ScreenId.RELEASE_REQUEST.id();

    private final SessionInfo session;
    private final ScreenActions actions;
    private final ErrorPresenter errors;
    private final ReleaseTarget target;

    private final ReadOnlyObjectWrapper<ReleasePrecheck> precheck = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PendingRequest> pendingRequest = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ReleaseKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<ReleaseBasis> basis = new SimpleObjectProperty<>();
    private final ObservableList<ReleaseBasis> bases = FXCollections.observableArrayList();
    private final BooleanProperty acknowledged = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sent = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringBinding blockedReason;
    private final BooleanBinding canSend;
    private final BooleanBinding canWithdraw;

    /**
     * @param session who is logged in
     * @param actions the action gateway of the session
     * @param errors  the error path
     * @param target  the registration of the caller's section
     */
    public ReleaseRequestViewModel(SessionInfo session, ScreenActions actions, ErrorPresenter errors,
            ReleaseTarget target) {
        this.session = Objects.requireNonNull(session, "session");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.target = Objects.requireNonNull(target, "target");
        kind.addListener((obs, old, now) -> {
            basis.set(null);
            bases.setAll(now == null ? List.of()
                    : List.of(ReleaseBasis.values()).stream().filter(b -> b.kind() == now).toList());
        });
        // What was confirmed is the check as shown: a new check must be confirmed again.
        precheck.addListener((obs, old, now) -> acknowledged.set(false));
        blockedReason = Bindings.createStringBinding(this::whyBlocked, precheck, pendingRequest, kind, basis,
                acknowledged, sent);
        canSend = Bindings.createBooleanBinding(() -> blockedReason.get().isEmpty() && !busy.get(),
                blockedReason, busy);
        canWithdraw = Bindings.createBooleanBinding(() -> pendingRequest.get() != null
                && pendingRequest.get().requestedBy().equals(session.userName()) && !busy.get(),
                pendingRequest, busy);
    }

    /** Reads the 解除前確認 (and, if a request is already waiting, that request). */
    public void load() {
        busy.set(true);
        error.set("");
        String targetId = Long.toString(target.registrationId());
        actions.call(new ScreenAction(SCREEN, "precheck", targetId),
                s -> s.procedures(ReleaseApi.class).precheck(SCREEN, target.registrationId()), loaded -> {
                    precheck.set(loaded);
                    if (loaded.pendingRequestId() == null) {
                        pendingRequest.set(null);
                        busy.set(false);
                    } else {
                        loadPending(loaded.pendingRequestId());
                    }
                }, this::failed);
    }

    private void loadPending(long requestId) {
        actions.call(new ScreenAction(SCREEN, "pending", Long.toString(requestId)),
                s -> s.procedures(ReleaseApi.class).pending(SCREEN), list -> {
                    busy.set(false);
                    pendingRequest.set(list.stream().filter(r -> r.requestId() == requestId).findFirst()
                            .orElse(null));
                }, this::failed);
    }

    /** Sends the request, if everything is chosen and the check was confirmed. */
    public void send() {
        if (!canSend.get()) {
            return;
        }
        ReleaseBasis chosen = basis.get();
        busy.set(true);
        error.set("");
        actions.call(new ScreenAction(SCREEN, "request", Long.toString(target.registrationId())),
                s -> s.procedures(ReleaseApi.class).request(SCREEN, target.registrationId(), chosen), requestId -> {
                    busy.set(false);
                    sent.set(true);
                    message.set(Messages.get("release.request.sent", ReleaseTexts.kind(chosen.kind()),
                            ReleaseTexts.basis(chosen)));
                }, failure -> {
                    busy.set(false);
                    if (isRefusal(failure, RefusalCode.CONFLICT_PENDING, RefusalCode.CONFLICT_RELEASED,
                            RefusalCode.NOTFOUND_REGISTRATION)) {
                        // The situation changed since the check was read: show it as it is now.
                        load();
                    }
                    error.set(errors.messageFor(failure));
                });
    }

    /** The requester takes back the request that is waiting for this registration. */
    public void withdraw() {
        PendingRequest request = pendingRequest.get();
        if (!canWithdraw.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        actions.call(new ScreenAction(SCREEN, "withdraw", Long.toString(request.requestId())), s -> {
            s.procedures(ReleaseApi.class).withdraw(SCREEN, request.requestId());
            return Boolean.TRUE;
        }, done -> {
            message.set(Messages.get("release.request.withdrawn"));
            load();
        }, failure -> {
            busy.set(false);
            load();
            error.set(errors.messageFor(failure));
        });
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(errors.messageFor(failure));
    }

    private static boolean isRefusal(Throwable failure, RefusalCode... codes) {
        return failure instanceof ServerRefusal refusal && List.of(codes).contains(refusal.refusalCode());
    }

    private String whyBlocked() {
        ReleasePrecheck check = precheck.get();
        if (sent.get()) {
            return Messages.get("release.request.blocked.sent");
        }
        if (check == null) {
            return Messages.get("release.request.blocked.loading");
        }
        if (check.pendingRequestId() != null) {
            return Messages.get("release.request.blocked.pending");
        }
        if (!check.registrationActive()) {
            return Messages.get("release.request.blocked.inactive");
        }
        if (kind.get() == null) {
            return Messages.get("release.request.blocked.kind");
        }
        if (basis.get() == null) {
            return Messages.get("release.request.blocked.basis");
        }
        if (!acknowledged.get()) {
            return Messages.get("release.request.blocked.acknowledge");
        }
        return "";
    }

    public ReleaseTarget target() {
        return target;
    }

    /** The 解除前確認 as last read, or null while loading. */
    public ReadOnlyObjectProperty<ReleasePrecheck> precheckProperty() {
        return precheck.getReadOnlyProperty();
    }

    /** The request already waiting for this registration, or null. */
    public ReadOnlyObjectProperty<PendingRequest> pendingRequestProperty() {
        return pendingRequest.getReadOnlyProperty();
    }

    /** 解除 or 削除; null until chosen. Choosing a kind clears the basis. */
    public ObjectProperty<ReleaseKind> kindProperty() {
        return kind;
    }

    /** The basis code; null until chosen. */
    public ObjectProperty<ReleaseBasis> basisProperty() {
        return basis;
    }

    /** The bases of the chosen kind. */
    public ObservableList<ReleaseBasis> bases() {
        return bases;
    }

    /** Whether the clerk confirmed that they saw the 解除前確認. */
    public BooleanProperty acknowledgedProperty() {
        return acknowledged;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the request was sent. */
    public ReadOnlyBooleanProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the request cannot be sent yet, or empty. */
    public StringBinding blockedReasonBinding() {
        return blockedReason;
    }

    public BooleanBinding canSendBinding() {
        return canSend;
    }

    /** Whether the caller may take back the waiting request (they made it). */
    public BooleanBinding canWithdrawBinding() {
        return canWithdraw;
    }
}
