package jp.mamori.app.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.common.SessionCall;
import jp.mamori.app.main.ScreenContext;
import jp.mamori.db.client.CatalogueAdminApi;
import jp.mamori.db.client.StaffAdminApi;
import jp.mamori.db.client.StaffAdminApi.StaffCertificate;
import jp.mamori.db.client.StaffAdminApi.StaffMember;
import jp.mamori.db.client.StaffKeyIssuer;
import jp.mamori.db.client.StaffKeySource;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.pki.Pem;

/**
 * 利用者管理 (ADR 0015): the staff with state, role, section, certificates and last login; creating an
 * account (its one-time password shown once), changing role or section, 利用停止 and its end, ロック解除,
 * パスワード再設定, 鍵の発行・更新 and 失効. Every change is one audited server call; the ones that take
 * something away (停止, 再設定, 失効) are confirmed first, naming the person.
 */
public final class StaffViewModel {

    /** Screen id in the 操作ログ. */
    public static final String SCREEN = "admin.staff";

    /** A change waiting for the administrator's confirmation. */
    public enum Pending {
        /** 利用停止 */
        DISABLE,
        /** パスワード再設定 */
        RESET_PASSWORD,
        /** 証明書の失効 */
        REVOKE
    }

    /** Why a certificate is revoked, as the server names it. */
    public enum RevokeReason {
        KEY_COMPROMISE("keyCompromise"), SUPERSEDED("superseded"), CESSATION("cessationOfOperation");

        private final String code;

        RevokeReason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public String text() {
            return switch (this) {
                case KEY_COMPROMISE -> Messages.get("staff.revoke.keyCompromise");
                case SUPERSEDED -> Messages.get("staff.revoke.superseded");
                case CESSATION -> Messages.get("staff.revoke.cessation");
            };
        }
    }

    /** A one-time password to show once, and whose it is. */
    public record OneTimePassword(String userName, String displayName, String password) {
    }

    private final ScreenContext context;
    private final AdminTools tools;
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final FilteredList<StaffMember> shown = new FilteredList<>(staff);
    private final ObservableList<CatalogueAdminApi.Section> sections = FXCollections.observableArrayList();
    private final ObservableList<StaffCertificate> certificates = FXCollections.observableArrayList();
    private final ObservableList<StaffCertificate> expiring = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<StaffMember> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffCertificate> selectedCertificate = new SimpleObjectProperty<>();
    private final StringProperty newLoginId = new SimpleStringProperty("");
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<StaffRole> newRole = new SimpleObjectProperty<>(StaffRole.CLERK);
    private final ObjectProperty<CatalogueAdminApi.Section> newSection = new SimpleObjectProperty<>();
    private final ObjectProperty<StaffRole> changeRole = new SimpleObjectProperty<>();
    private final ObjectProperty<CatalogueAdminApi.Section> changeSection = new SimpleObjectProperty<>();
    private final ObjectProperty<RevokeReason> revokeReason = new SimpleObjectProperty<>(RevokeReason.CESSATION);
    private final ReadOnlyObjectWrapper<Pending> pending = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OneTimePassword> oneTimePassword = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StaffViewModel(ScreenContext context, AdminTools tools) {
        this.context = Objects.requireNonNull(context, "context");
        this.tools = Objects.requireNonNull(tools, "tools");
        filter.addListener((obs, old, now) -> {
            String text = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(text.isEmpty() ? null : m -> m.userName().toLowerCase(Locale.ROOT).contains(text)
                    || m.displayName().contains(text) || m.sectionCode().toLowerCase(Locale.ROOT).contains(text)
                    || AdminTexts.state(m).contains(text) || AdminTexts.role(m).contains(text));
        });
        selected.addListener((obs, old, now) -> {
            pending.set(null);
            certificates.clear();
            selectedCertificate.set(null);
            changeRole.set(now == null ? null : now.role());
            changeSection.set(now == null ? null : section(now.sectionCode()));
            if (now != null) {
                loadCertificates(now.userName());
            }
        });
    }

    /** Reads the staff, the sections to choose from and the certificates that end soon. */
    public void load() {
        run("list", s -> {
            StaffAdminApi api = s.procedures(StaffAdminApi.class);
            List<StaffMember> members = api.list(SCREEN);
            List<CatalogueAdminApi.Section> active = s.procedures(CatalogueAdminApi.class).sections(SCREEN).stream()
                    .filter(CatalogueAdminApi.Section::active).toList();
            return new Loaded(members, active, api.expiring(SCREEN));
        }, loaded -> {
            String before = selected.get() == null ? null : selected.get().userName();
            staff.setAll(loaded.members());
            sections.setAll(loaded.sections());
            expiring.setAll(loaded.expiring());
            context.badges().expiringCertificates(loaded.expiring().size());
            selected.set(before == null ? null : loaded.members().stream()
                    .filter(m -> m.userName().equals(before)).findFirst().orElse(null));
        });
    }

    private record Loaded(List<StaffMember> members, List<CatalogueAdminApi.Section> sections,
            List<StaffCertificate> expiring) {
    }

    private void loadCertificates(String userName) {
        context.actions().call(new ScreenAction(SCREEN, "certificates", userName),
                s -> s.procedures(StaffAdminApi.class).certificates(SCREEN, userName), list -> {
                    if (selected.get() != null && selected.get().userName().equals(userName)) {
                        certificates.setAll(list);
                    }
                }, failure -> error.set(context.errors().messageFor(failure)));
    }

    /** Creates the account typed in; its one-time password is shown once. */
    public void create() {
        String loginId = newLoginId.get().strip();
        String name = newName.get().strip();
        StaffRole role = newRole.get();
        if (loginId.isEmpty() || name.isEmpty() || role == null) {
            error.set(Messages.get("staff.create.fillAll"));
            return;
        }
        CatalogueAdminApi.Section section = role.worksWithRegistry() ? newSection.get() : null;
        if (role.worksWithRegistry() && section == null) {
            error.set(Messages.get("staff.create.sectionRequired"));
            return;
        }
        String code = section == null ? "" : section.sectionCode();
        run("create", s -> s.procedures(StaffAdminApi.class).create(SCREEN, loginId, name, role, code), password -> {
            newLoginId.set("");
            newName.set("");
            message.set(Messages.get("staff.created", name, loginId));
            oneTimePassword.set(new OneTimePassword(loginId, name, password));
            load();
        });
    }

    /** Applies the role and section chosen for the selected person. */
    public void applyChange() {
        StaffMember member = selected.get();
        StaffRole role = changeRole.get();
        if (member == null || role == null) {
            return;
        }
        CatalogueAdminApi.Section section = role.worksWithRegistry() ? changeSection.get() : null;
        if (role.worksWithRegistry() && section == null) {
            error.set(Messages.get("staff.create.sectionRequired"));
            return;
        }
        String code = section == null ? "" : section.sectionCode();
        run("change", s -> s.procedures(StaffAdminApi.class).change(SCREEN, member.userName(), role, code),
                withdrawn -> {
                    message.set(Messages.get("staff.changed", member.displayName(), withdrawn));
                    load();
                });
    }

    /** Ends a 利用停止 at once (it gives nothing away). */
    public void enable() {
        StaffMember member = selected.get();
        if (member != null) {
            run("enable", s -> {
                s.procedures(StaffAdminApi.class).setActive(SCREEN, member.userName(), true);
                return Boolean.TRUE;
            }, done -> {
                message.set(Messages.get("staff.enabled", member.displayName()));
                load();
            });
        }
    }

    /** Ends a lock-out. */
    public void unlock() {
        StaffMember member = selected.get();
        if (member != null) {
            run("unlock", s -> {
                s.procedures(StaffAdminApi.class).unlock(SCREEN, member.userName());
                return Boolean.TRUE;
            }, done -> {
                message.set(Messages.get("staff.unlocked", member.displayName()));
                load();
            });
        }
    }

    /** Asks to confirm a change that takes something away. */
    public void request(Pending what) {
        if (selected.get() == null || what == Pending.REVOKE && selectedCertificate.get() == null) {
            return;
        }
        message.set("");
        pending.set(what);
    }

    public void cancel() {
        pending.set(null);
    }

    /** The sentence of the confirmation, naming the person. */
    public String confirmationText() {
        StaffMember member = selected.get();
        Pending what = pending.get();
        if (member == null || what == null) {
            return "";
        }
        return switch (what) {
            case DISABLE -> Messages.get("staff.confirm.disable", member.displayName(), member.userName());
            case RESET_PASSWORD -> Messages.get("staff.confirm.reset", member.displayName(), member.userName());
            case REVOKE -> Messages.get("staff.confirm.revoke", member.displayName(), member.userName(),
                    selectedCertificate.get() == null ? "" : selectedCertificate.get().serial(),
                    revokeReason.get().text());
        };
    }

    /** Does the confirmed change. */
    public void confirm() {
        StaffMember member = selected.get();
        Pending what = pending.get();
        if (member == null || what == null) {
            return;
        }
        pending.set(null);
        String user = member.userName();
        switch (what) {
            case DISABLE -> run("disable", s -> {
                s.procedures(StaffAdminApi.class).setActive(SCREEN, user, false);
                return Boolean.TRUE;
            }, done -> {
                message.set(Messages.get("staff.disabled", member.displayName()));
                load();
            });
            case RESET_PASSWORD -> run("reset-password",
                    s -> s.procedures(StaffAdminApi.class).resetPassword(SCREEN, user), password -> {
                        message.set(Messages.get("staff.resetDone", member.displayName()));
                        oneTimePassword.set(new OneTimePassword(user, member.displayName(), password));
                        load();
                    });
            case REVOKE -> {
                StaffCertificate certificate = selectedCertificate.get();
                String reason = revokeReason.get().code();
                run("revoke", s -> {
                    s.procedures(StaffAdminApi.class).revoke(SCREEN, certificate.serial(), reason);
                    return Boolean.TRUE;
                }, done -> {
                    message.set(Messages.get("staff.revoked", member.displayName(), certificate.serial()));
                    load();
                });
            }
        }
    }

    /** The one-time password was read: it is forgotten and never shown again. */
    public void oneTimePasswordSeen() {
        oneTimePassword.set(null);
    }

    /**
     * Issues (or renews) the selected person's key as a key file at {@code keyFile}, which must not
     * exist: the key pair is made here, only its request goes to the server.
     */
    public void issueToFile(Path keyFile) {
        StaffMember member = selected.get();
        if (member == null || keyFile == null) {
            return;
        }
        run("issue-key", s -> {
            if (Files.exists(keyFile)) {
                throw new KeyFileExists();
            }
            return new StaffKeyIssuer(s.procedures(StaffAdminApi.class), SCREEN)
                    .issueToFile(member.userName(), keyFile, Pem.read(tools.caCertificate()));
        }, certificate -> {
            message.set(Messages.get("staff.keyIssued", member.displayName(), keyFile.getFileName().toString(),
                    AdminTexts.date(certificate.getNotAfter().toInstant().atOffset(java.time.ZoneOffset.UTC)
                            .toString())));
            load();
        });
    }

    /** Whether this terminal has an IC card reader for 鍵の発行. */
    public boolean tokenAvailable() {
        return tools.token().isPresent();
    }

    /** Issues (or renews) the selected person's key on the IC card in this terminal's reader. */
    public void issueToToken(char[] pin) {
        StaffMember member = selected.get();
        if (member == null || tools.token().isEmpty()) {
            return;
        }
        var settings = tools.token().get();
        char[] copy = pin.clone();
        run("issue-key-card", s -> {
            try {
                return new StaffKeyIssuer(s.procedures(StaffAdminApi.class), SCREEN).issueToToken(member.userName(),
                        new StaffKeySource.Pkcs11Token(settings.library(), settings.slotListIndex(), copy),
                        member.userName(), Pem.read(tools.caCertificate()));
            } finally {
                java.util.Arrays.fill(copy, '\0');
            }
        }, certificate -> {
            message.set(Messages.get("staff.keyIssuedCard", member.displayName()));
            load();
        });
    }

    /** A refusal of the client itself: it never overwrites a key file. */
    static final class KeyFileExists extends Exception {
        private static final long serialVersionUID = 1L;
    }

    private <T> void run(String action, SessionCall<T> call, java.util.function.Consumer<T> onSuccess) {
        StaffMember member = selected.get();
        String target = member == null || "list".equals(action) || "create".equals(action) ? "" : member.userName();
        busy.set(true);
        error.set("");
        context.actions().call(new ScreenAction(SCREEN, action, target), call, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            if (failure instanceof KeyFileExists) {
                error.set(Messages.get("staff.keyFileExists"));
            } else if (context.errors().endsSession(failure)) {
                context.actions().showFailure(failure);
            } else {
                error.set(context.errors().messageFor(failure));
            }
        });
    }

    private CatalogueAdminApi.Section section(String code) {
        return sections.stream().filter(s -> s.sectionCode().equals(code)).findFirst().orElse(null);
    }

    public ObservableList<StaffMember> shownStaff() {
        return shown;
    }

    public ObservableList<CatalogueAdminApi.Section> sections() {
        return sections;
    }

    /** The selected person's certificates, newest first. */
    public ObservableList<StaffCertificate> certificates() {
        return certificates;
    }

    /** Certificates ending within 60 days. */
    public ObservableList<StaffCertificate> expiring() {
        return expiring;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<StaffMember> selectedProperty() {
        return selected;
    }

    public ObjectProperty<StaffCertificate> selectedCertificateProperty() {
        return selectedCertificate;
    }

    public StringProperty newLoginIdProperty() {
        return newLoginId;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<StaffRole> newRoleProperty() {
        return newRole;
    }

    public ObjectProperty<CatalogueAdminApi.Section> newSectionProperty() {
        return newSection;
    }

    public ObjectProperty<StaffRole> changeRoleProperty() {
        return changeRole;
    }

    public ObjectProperty<CatalogueAdminApi.Section> changeSectionProperty() {
        return changeSection;
    }

    public ObjectProperty<RevokeReason> revokeReasonProperty() {
        return revokeReason;
    }

    public ReadOnlyObjectProperty<Pending> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OneTimePassword> oneTimePasswordProperty() {
        return oneTimePassword.getReadOnlyProperty();
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
