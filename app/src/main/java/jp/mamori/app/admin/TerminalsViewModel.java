package jp.mamori.app.admin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.common.SessionCall;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.db.client.TerminalAdminApi;
import jp.mamori.db.client.TerminalAdminApi.Terminal;
import jp.mamori.db.client.TerminalAdminApi.TerminalKey;
import jp.mamori.db.pki.SecureFiles;

/**
 * 指定端末 (ADR 0015): the designated terminals with their last use; registering one writes its key
 * file and password file ({@code ID.p12}, {@code ID.p12.password}, owner-only) where the
 * administrator chose, as {@code mamori-server register-terminal} does; relabel; disable (confirmed,
 * ends its sessions) and enable.
 */
public final class TerminalsViewModel {

    /** Screen id in the 操作ログ. */
    public static final String SCREEN = "admin.terminals";

    private final ScreenContext context;
    private final ObservableList<Terminal> terminals = FXCollections.observableArrayList();
    private final ObjectProperty<Terminal> selected = new SimpleObjectProperty<>();
    private final StringProperty newId = new SimpleStringProperty("");
    private final StringProperty newLabel = new SimpleStringProperty("");
    private final StringProperty label = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper confirmingDisable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public TerminalsViewModel(ScreenContext context) {
        this.context = Objects.requireNonNull(context, "context");
        selected.addListener((obs, old, now) -> {
            confirmingDisable.set(false);
            label.set(now == null ? "" : now.label());
        });
    }

    public void load() {
        run(new ScreenAction(SCREEN, "list", ""), s -> s.procedures(TerminalAdminApi.class).list(SCREEN), list -> {
            String before = selected.get() == null ? null : selected.get().terminalId();
            terminals.setAll(list);
            selected.set(before == null ? null
                    : list.stream().filter(t -> t.terminalId().equals(before)).findFirst().orElse(null));
        });
    }

    /** Whether an id and a label are typed, so that the folder can be asked for. */
    public boolean readyToRegister() {
        return !newId.get().isBlank() && !newLabel.get().isBlank();
    }

    /** Registers the terminal typed in and writes its two files into {@code directory}. */
    public void register(Path directory) {
        String id = newId.get().strip();
        String text = newLabel.get().strip();
        if (!readyToRegister() || directory == null) {
            error.set(Messages.get("terminals.fillAll"));
            return;
        }
        Path keyFile = directory.resolve(id + ".p12");
        Path passwordFile = directory.resolve(id + ".p12.password");
        run(new ScreenAction(SCREEN, "register", id), s -> {
            if (Files.exists(keyFile) || Files.exists(passwordFile)) {
                throw new FilesExist();
            }
            TerminalKey key = s.procedures(TerminalAdminApi.class).register(SCREEN, id, text);
            try {
                SecureFiles.createOwnerOnly(keyFile);
                Files.write(keyFile, key.pkcs12());
                SecureFiles.writeOwnerOnly(passwordFile, key.password());
            } catch (IOException e) {
                throw new FilesNotWritten(id, e);
            }
            return key;
        }, key -> {
            newId.set("");
            newLabel.set("");
            message.set(Messages.get("terminals.registered", id, keyFile.getFileName().toString(),
                    passwordFile.getFileName().toString(), AdminTexts.date(key.notAfter())));
            load();
        });
    }

    /** Gives the selected terminal the label typed. */
    public void relabel() {
        Terminal terminal = selected.get();
        String text = label.get().strip();
        if (terminal == null) {
            return;
        }
        run(new ScreenAction(SCREEN, "label", terminal.terminalId()), s -> {
            s.procedures(TerminalAdminApi.class).label(SCREEN, terminal.terminalId(), text);
            return Boolean.TRUE;
        }, done -> {
            message.set(Messages.get("terminals.relabelled", terminal.terminalId()));
            load();
        });
    }

    public void requestDisable() {
        if (selected.get() != null && selected.get().active()) {
            message.set("");
            confirmingDisable.set(true);
        }
    }

    public void cancel() {
        confirmingDisable.set(false);
    }

    /** The confirmation sentence, naming the terminal. */
    public String confirmationText() {
        Terminal terminal = selected.get();
        return terminal == null ? "" : Messages.get("terminals.confirm.disable", terminal.terminalId(),
                terminal.label());
    }

    public void confirmDisable() {
        setActive(false);
    }

    public void enable() {
        setActive(true);
    }

    private void setActive(boolean active) {
        Terminal terminal = selected.get();
        confirmingDisable.set(false);
        if (terminal == null) {
            return;
        }
        run(new ScreenAction(SCREEN, active ? "enable" : "disable", terminal.terminalId()), s -> {
            s.procedures(TerminalAdminApi.class).setActive(SCREEN, terminal.terminalId(), active);
            return Boolean.TRUE;
        }, done -> {
            message.set(active ? Messages.get("terminals.enabled", terminal.terminalId())
                    : Messages.get("terminals.disabled", terminal.terminalId()));
            load();
        });
    }

    /** The client never overwrites a terminal's key files. */
    static final class FilesExist extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** Registered on the server, but the files could not be written: the key is lost. */
    static final class FilesNotWritten extends Exception {
        private static final long serialVersionUID = 1L;
        private final String terminalId;

        FilesNotWritten(String terminalId, IOException cause) {
            super(cause);
            this.terminalId = terminalId;
        }
    }

    private <T> void run(ScreenAction action, SessionCall<T> call, Consumer<T> onSuccess) {
        busy.set(true);
        error.set("");
        context.actions().call(action, call, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            if (failure instanceof FilesExist) {
                error.set(Messages.get("terminals.filesExist"));
            } else if (failure instanceof FilesNotWritten notWritten) {
                error.set(Messages.get("terminals.filesNotWritten", notWritten.terminalId));
                load();
            } else if (context.errors().endsSession(failure)) {
                context.actions().showFailure(failure);
            } else {
                error.set(context.errors().messageFor(failure));
            }
        });
    }

    public ObservableList<Terminal> terminals() {
        return terminals;
    }

    public ObjectProperty<Terminal> selectedProperty() {
        return selected;
    }

    public StringProperty newIdProperty() {
        return newId;
    }

    public StringProperty newLabelProperty() {
        return newLabel;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ReadOnlyBooleanProperty confirmingDisableProperty() {
        return confirmingDisable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
