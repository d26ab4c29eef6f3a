package jp.mamori.app.admin;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.db.client.SettingsAdminApi;
import jp.mamori.db.client.SettingsAdminApi.Setting;

/**
 * 設定 (ADR 0015): the settings the administrator may change, each with its allowed range, checked as
 * typed; a change is confirmed, then saved by the audited {@code ADMIN_SETTING_SET} (the server checks
 * the range again).
 */
public final class SettingsViewModel {

    /** Screen id in the 操作ログ. */
    public static final String SCREEN = "admin.settings";

    /** One setting as shown: its value as the server has it and as typed. */
    public static final class Row {
        private final Setting setting;
        private final StringProperty typed;
        private final StringBinding problem;

        Row(Setting setting) {
            this.setting = setting;
            this.typed = new SimpleStringProperty(setting.val());
            this.problem = Bindings.createStringBinding(() -> problem(typed.get()), typed);
        }

        private String problem(String text) {
            String value = text == null ? "" : text.strip();
            if (!value.matches("[0-9]{1,9}")) {
                return Messages.get("settings.notNumber", setting.minValue(), setting.maxValue());
            }
            int number = Integer.parseInt(value);
            return number < setting.minValue() || number > setting.maxValue()
                    ? Messages.get("settings.outOfRange", setting.minValue(), setting.maxValue()) : "";
        }

        public Setting setting() {
            return setting;
        }

        public String title() {
            return SettingsViewModel.title(setting.name());
        }

        public String range() {
            return Messages.get("settings.range", setting.minValue(), setting.maxValue());
        }

        public StringProperty typedProperty() {
            return typed;
        }

        public StringBinding problemBinding() {
            return problem;
        }

        /** Whether a valid value other than the saved one is typed. */
        public boolean changed() {
            return problem.get().isEmpty() && Integer.parseInt(typed.get().strip()) != Integer.parseInt(setting.val());
        }
    }

    private final ScreenContext context;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Row> confirming = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SettingsViewModel(ScreenContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    public void load() {
        busy.set(true);
        error.set("");
        context.actions().call(ScreenAction.of(SCREEN, "list"), s -> s.procedures(SettingsAdminApi.class).list(SCREEN),
                list -> {
                    busy.set(false);
                    confirming.set(null);
                    rows.setAll(list.stream().map(Row::new).toList());
                }, this::failed);
    }

    /** Asks to confirm the change of {@code row}; nothing happens for an invalid or unchanged value. */
    public void request(Row row) {
        if (row.changed()) {
            message.set("");
            confirming.set(row);
        } else if (row.problemBinding().get().isEmpty()) {
            error.set(Messages.get("settings.unchanged", row.title()));
        }
    }

    public void cancel() {
        confirming.set(null);
    }

    /** The confirmation sentence: which setting, from what to what. */
    public String confirmationText() {
        Row row = confirming.get();
        return row == null ? "" : Messages.get("settings.confirm", row.title(), row.setting().val(),
                row.typedProperty().get().strip());
    }

    public void confirm() {
        Row row = confirming.get();
        if (row == null || !row.changed()) {
            return;
        }
        String name = row.setting().name();
        String value = row.typedProperty().get().strip();
        confirming.set(null);
        busy.set(true);
        error.set("");
        context.actions().call(new ScreenAction(SCREEN, "set", name), s -> {
            s.procedures(SettingsAdminApi.class).set(SCREEN, name, value);
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            message.set(Messages.get("settings.saved", row.title(), value));
            load();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (context.errors().endsSession(failure)) {
            context.actions().showFailure(failure);
        } else {
            error.set(context.errors().messageFor(failure));
        }
    }

    /** The Japanese name of a setting. */
    static String title(String name) {
        return switch (name) {
            case "login.maxFailures" -> Messages.get("settings.name.maxFailures");
            case "client.idleLockMinutes" -> Messages.get("settings.name.idleLockMinutes");
            case "review.periodDays" -> Messages.get("settings.name.reviewPeriodDays");
            case "worklist.overdueDays" -> Messages.get("settings.name.overdueDays");
            case "person.addresseeNumberMaxLength" -> Messages.get("settings.name.addresseeNumberMaxLength");
            default -> name;
        };
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Row> confirmingProperty() {
        return confirming.getReadOnlyProperty();
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
