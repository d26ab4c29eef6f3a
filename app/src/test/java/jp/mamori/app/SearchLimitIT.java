package jp.mamori.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javafx.scene.control.ComboBox;
import jp.mamori.db.testing.TestServer;
import org.junit.jupiter.api.Test;

/**
 * 対象者検索 in the real window at 1366×768 when more persons match than the server returns: the
 * screen says how many it shows of how many, and asks to narrow the criteria.
 */
class SearchLimitIT extends RegistryUiFixture {

    private static final String SEARCH = ".search-screen";

    @Test
    void aCappedSearchSaysHowManyOfHowMany() throws Exception {
        long total;
        try (Connection admin = TestServer.admin(); Statement st = admin.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT COUNT(DISTINCT PERSON_ID) FROM MAMORI.REGISTRATION WHERE SECTION_CODE = 'ZEIMU'")) {
            rs.next();
            total = rs.getLong(1);
        }
        TestServer.setting("search.maxRows", "3");
        try {
            logInAs(CLERK);
            interact(() -> {
                stage().setWidth(1366);
                stage().setHeight(768);
            });
            open("#nav-person-search");
            await(() -> focused(SEARCH + " #numberField"));
            interact(() -> {
                lookup(SEARCH + " #sectionBox").queryAs(ComboBox.class).getSelectionModel().select(1);
                lookup(SEARCH + " #statusBox").queryAs(ComboBox.class).getSelectionModel().select(2);
            });
            clickOn(SEARCH + " #searchButton");
            await(() -> resultRows().size() == 3);
            assertEquals(String.format("%,d件見つかりました。", total), textIn(SEARCH, "#summaryLabel"));
            assertEquals(String.format("該当 %,d 件のうち先頭 3 件を表示しています。条件を絞り込んでください。", total),
                    textIn(SEARCH, "#truncatedLabel"));
            assertTrue(showingIn(SEARCH, "#truncatedLabel"));
            screenshot("search-capped-1366x768");
        } finally {
            TestServer.setting("search.maxRows", "200");
        }
    }
}
