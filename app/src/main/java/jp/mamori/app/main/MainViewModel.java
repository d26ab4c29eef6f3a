package jp.mamori.app.main;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.mamori.app.common.ErrorPresenter;
import jp.mamori.app.common.Messages;
import jp.mamori.app.common.RoleNames;
import jp.mamori.app.common.ScreenAction;
import jp.mamori.app.common.ScreenActions;
import jp.mamori.app.common.UserNotice;
import jp.mamori.db.client.FlagWorkApi;
import jp.mamori.db.client.SessionInfo;
import jp.mamori.db.client.StaffAdminApi;
import jp.mamori.db.domain.StaffRole;
import jp.mamori.db.contract.ScreenId;

/**
 * State and behaviour of the main window: the navigation a role may use, the screen currently
 * open, the status bar and logout. Every navigation is recorded through {@link ScreenActions}
 * before the screen changes.
 */
public final class MainViewModel {

    /** Screen id of the main window in the 操作ログ. */
    public static final String SCREEN = ScreenId.MAIN.id();

    private static final DateTimeFormatter LOGIN_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private final SessionInfo session;
    private final ScreenActions actions;
    private final UserNotice notice;
    private final List<Destination> destinations;
    private final String loginTimeText;
    private final ReadOnlyObjectWrapper<Destination> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loggingOut = new ReadOnlyBooleanWrapper(false);
    private final WorkBadges badges;
    private final ErrorPresenter errors = new ErrorPresenter();
    private final ReadOnlyStringWrapper countsNote = new ReadOnlyStringWrapper("");

    /**
     * @param session   who is logged in
     * @param loginTime when the login succeeded
     * @param zone      the terminal's time zone for display
     * @param actions   the action gateway of this session
     * @param notice    where failures of this window are shown
     */
    public MainViewModel(SessionInfo session, Instant loginTime, ZoneId zone,
            ScreenActions actions, UserNotice notice) {
        this(session, loginTime, zone, actions, notice, new WorkBadges());
    }

    /**
     * @param session   who is logged in
     * @param loginTime when the login succeeded
     * @param zone      the terminal's time zone for display
     * @param actions   the action gateway of this session
     * @param notice    where failures of this window are shown
     * @param badges    the work counts beside the navigation, shared with the work screens
     */
    public MainViewModel(SessionInfo session, Instant loginTime, ZoneId zone,
            ScreenActions actions, UserNotice notice, WorkBadges badges) {
        this.badges = Objects.requireNonNull(badges, "badges");
        this.session = Objects.requireNonNull(session, "session");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.notice = Objects.requireNonNull(notice, "notice");
        this.destinations = Destination.forRole(session.role());
        this.loginTimeText = LOGIN_TIME.format(loginTime.atZone(zone));
    }

    /**
     * Reads the section's work counts for the navigation ({@code WORK_COUNTS}, audited by the
     * server): only clerks and chiefs have such work. If they cannot be read, the navigation says
     * so instead of showing no count.
     */
    public void loadCounts() {
        if (session.role() == StaffRole.ADMIN) {
            actions.call(ScreenAction.of(SCREEN, "counts"), s -> s.procedures(StaffAdminApi.class).expiringCount(SCREEN),
                    count -> {
                        countsNote.set("");
                        badges.expiringCertificates(count);
                    }, failure -> countsNote.set(Messages.get("main.counts.unavailable", errors.messageFor(failure))));
            return;
        }
        if (!session.role().worksWithRegistry()) {
            return;
        }
        actions.call(ScreenAction.of(SCREEN, "counts"), s -> s.procedures(FlagWorkApi.class).counts(SCREEN),
                counts -> {
                    countsNote.set("");
                    badges.apply(counts);
                }, failure -> countsNote.set(Messages.get("main.counts.unavailable", errors.messageFor(failure))));
    }

    /** The work counts beside the navigation. */
    public WorkBadges badges() {
        return badges;
    }

    /**
     * The count shown beside {@code destination}, e.g. 「3」, empty for none or for a destination
     * without a count.
     */
    public StringBinding badgeText(Destination destination) {
        return Bindings.createStringBinding(() -> {
            int n = switch (destination) {
                case APPROVALS -> badges.pendingApprovalsProperty().get();
                case WORKLIST -> badges.worklistOpenProperty().get();
                case REVIEW -> badges.reviewDueProperty().get();
                case STAFF -> badges.expiringCertificatesProperty().get();
                default -> 0;
            };
            return badges.knownProperty().get() && n > 0 ? Messages.get("main.badge", n) : "";
        }, badges.knownProperty(), badges.pendingApprovalsProperty(), badges.worklistOpenProperty(),
                badges.reviewDueProperty(), badges.expiringCertificatesProperty());
    }

    /** Whether the count beside {@code destination} includes overdue work (shown as a warning). */
    public BooleanBinding badgeOverdue(Destination destination) {
        return Bindings.createBooleanBinding(() -> destination == Destination.WORKLIST
                && badges.worklistOverdueProperty().get() > 0 || destination == Destination.STAFF
                && badges.expiringCertificatesProperty().get() > 0, badges.worklistOverdueProperty(),
                badges.expiringCertificatesProperty());
    }

    /** The counts in words for the start pane, or empty until they are read. */
    public StringBinding countsText() {
        return Bindings.createStringBinding(() -> {
            if (!badges.knownProperty().get()) {
                return "";
            }
            List<String> lines = new ArrayList<>();
            if (session.role() == StaffRole.ADMIN) {
                return Messages.get("main.counts.expiring", badges.expiringCertificatesProperty().get());
            }
            if (destinations.contains(Destination.APPROVALS)) {
                lines.add(Messages.get("main.counts.approvals", badges.pendingApprovalsProperty().get()));
            }
            lines.add(Messages.get("main.counts.worklist", badges.worklistOpenProperty().get(),
                    badges.worklistOverdueProperty().get()));
            lines.add(Messages.get("main.counts.review", badges.reviewDueProperty().get()));
            return String.join("\n", lines);
        }, badges.knownProperty(), badges.pendingApprovalsProperty(), badges.worklistOpenProperty(),
                badges.worklistOverdueProperty(), badges.reviewDueProperty(), badges.expiringCertificatesProperty());
    }

    /** Why the counts are missing, or empty. */
    public ReadOnlyStringProperty countsNoteProperty() {
        return countsNote.getReadOnlyProperty();
    }

    /** The destinations this role may open, in navigation order. */
    public List<Destination> destinations() {
        return destinations;
    }

    /** The screen currently open, or {@code null} before the first choice. */
    public ReadOnlyObjectProperty<Destination> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Opens {@code destination} once the server has recorded the navigation. */
    public void open(Destination destination) {
        if (loggingOut.get()) {
            return;
        }
        if (!destinations.contains(destination)) {
            throw new IllegalArgumentException("Not available to this role: " + destination);
        }
        notice.clear();
        actions.perform(ScreenAction.of(destination.screenId(), "open"),
                () -> current.set(destination));
    }

    /**
     * Logs out (the server records it); {@code afterwards} returns to the login screen. Further
     * requests while the logout is under way are ignored.
     */
    public void logout(Runnable afterwards) {
        if (loggingOut.get()) {
            return;
        }
        loggingOut.set(true);
        actions.logout(ScreenAction.of(SCREEN, "logout"), afterwards);
    }

    /** Whether a logout is under way; the window no longer takes input. */
    public ReadOnlyBooleanProperty loggingOutProperty() {
        return loggingOut.getReadOnlyProperty();
    }

    public UserNotice notice() {
        return notice;
    }

    public SessionInfo session() {
        return session;
    }

    public String userText() {
        return Messages.get("status.user", session.displayName());
    }

    public String roleText() {
        return Messages.get("status.role", RoleNames.of(session.role()));
    }

    public String sectionText() {
        String section = session.sectionName() == null || session.sectionName().isBlank()
                ? Messages.get("status.noSection") : session.sectionName();
        return Messages.get("status.section", section);
    }

    public String terminalText() {
        return Messages.get("status.terminal", session.terminalId());
    }

    public String serverText() {
        return Messages.get("status.server", session.server());
    }

    public String loginTimeText() {
        return Messages.get("status.loginTime", loginTimeText);
    }

    /** The greeting on the start pane, e.g. 「山田 花子さん（担当職員）」. */
    public String greeting() {
        return Messages.get("main.welcome.greeting", session.displayName(),
                RoleNames.of(session.role()));
    }
}
