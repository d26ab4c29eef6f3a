package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import jp.mamori.app.testsupport.WorkSessions;
import jp.mamori.app.testsupport.WorkSessions.Person;
import jp.mamori.db.client.FlagWorkApi;
import jp.mamori.db.client.ReleaseApi;
import jp.mamori.db.domain.FlagWorkItem;
import jp.mamori.db.domain.FlagWorkKind;
import jp.mamori.db.domain.ReleaseBasis;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The release and flag-work flows in the real window: several staff members take turns at one
 * terminal (the demo login list), against the real server. Data that is not the subject of a
 * test is prepared through the procedures with {@link WorkSessions}.
 */
abstract class WorkUiFixture extends RegistryUiFixture {

    static final String SEARCH = ".search-screen";
    static final String PERSON = ".person-view";
    static final String REQUEST = ".release-request";
    static final String APPROVALS = ".approvals-screen";
    static final String WORKLIST = ".worklist-screen";

    WorkSessions sessions;

    @BeforeEach
    void openSessions() {
        sessions = new WorkSessions();
    }

    @AfterEach
    void closeSessions() {
        sessions.close();
    }

    /** Starts the client with the demo login list, as the shared terminal of the tests. */
    void startSharedTerminal() throws Exception {
        startClient(null, true, connectorLogin(TestServer.clientConfig()));
        awaitLoginScreen();
    }

    /** Chooses {@code userName} in the demo list, types the password and presses Enter. */
    void logInFromList(String userName) throws TimeoutException {
        clickOn(user(userName).displayName());
        await(() -> user(userName).pkcs12().toString().equals(
                ((TextField) node("#credentialFileField")).getText()));
        await(() -> node("#passwordField").isFocused());
        write(user(userName).password());
        type(KeyCode.ENTER);
        awaitMainWindow();
    }

    /** Ctrl+Shift+Q, back to the login screen. */
    void logOut() throws TimeoutException {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Q).release(KeyCode.Q, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitLoginScreen();
    }

    /** 対象者検索 by number, then Enter on the one result: the person view. */
    void openPerson(Person person) throws TimeoutException {
        open("#nav-person-search");
        await(() -> focused(SEARCH + " #numberField"));
        write(person.number());
        type(KeyCode.ENTER);
        await(() -> resultRows().size() == 1 && focused(SEARCH + " #resultTable"));
        type(KeyCode.ENTER);
        await(() -> showingIn(PERSON, "#nameValue") && person.nameKanji().equals(textIn(PERSON, "#nameValue")));
    }

    /** The linkage duty's section confirms through the procedure that it set the flags for the person. */
    void confirmSetBy(String userName, Person person) throws Exception {
        FlagWorkApi api = sessions.setUpSession(userName).procedures(FlagWorkApi.class);
        List<FlagWorkItem> items = api.worklist("worklist", FlagWorkKind.SET, false).items().stream()
                .filter(i -> i.addresseeNumber().equals(person.number())).toList();
        assertEquals(1, items.size(), "one duty of " + userName + ": " + items);
        api.confirm("worklist", items.get(0).personId(), items.get(0).dutyId(), FlagWorkKind.SET);
    }

    /** A section releases its registration through the procedures: its clerk asks, its chief approves. */
    void releasedBy(String section, long registrationId) throws Exception {
        long request = sessions.setUpSession(section + ".clerk").procedures(ReleaseApi.class)
                .request("release.request", registrationId, ReleaseBasis.APPLICATION);
        sessions.setUpSession(section + ".chief").procedures(ReleaseApi.class)
                .approve("release.approvals", request, 0);
    }

    @SuppressWarnings("unchecked")
    TableView<FlagWorkItem> worklistTable(FlagWorkKind kind) {
        return (TableView<FlagWorkItem>) lookup(WORKLIST + (kind == FlagWorkKind.SET ? " #setTable" : " #releaseTable"))
                .query();
    }

    /** Shows a worklist tab and chooses the row of {@code person} in it. */
    void chooseInWorklist(FlagWorkKind kind, Person person) throws TimeoutException {
        await(() -> lookup(WORKLIST + " .worklist-tabs").tryQuery().isPresent());
        interact(() -> lookup(WORKLIST + " .worklist-tabs").queryAs(TabPane.class).getSelectionModel()
                .select(kind == FlagWorkKind.SET ? 0 : 1));
        await(() -> lookup(WORKLIST + " #setTable").tryQuery().isPresent() && worklistTable(kind).getItems()
                .stream().anyMatch(i -> i.addresseeNumber().equals(person.number())));
        interact(() -> {
            TableView<FlagWorkItem> table = worklistTable(kind);
            FlagWorkItem row = table.getItems().stream().filter(i -> i.addresseeNumber().equals(person.number()))
                    .findFirst().orElseThrow();
            table.scrollTo(row);
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
            table.requestFocus();
        });
    }

    /**
     * Clicks a control that may lie below the fold of a scrolled screen: it gets the focus first,
     * which scrolls it into view as Tab would.
     */
    void clickShown(String query) {
        javafx.scene.Node node = lookup(query).query();
        interact(node::requestFocus);
        clickOn(query);
    }

    /** The audit ACTIONs of {@code userName} since the client started, without logins and logouts. */
    List<String> procedureActions(String userName) throws Exception {
        return auditSinceStart().stream().filter(r -> r.user().equals(userName))
                .map(AuditRow::action)
                .filter(a -> !a.equals("LOGIN") && !a.equals("LOGOUT")).toList();
    }
}
