package jp.mamori.app.admin;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;

/** Table columns and choice boxes of the administrator's screens, written once. */
final class AdminCells {

    private AdminCells() {
    }

    static <S> void column(TableColumn<S, String> column, Function<S, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue() == null ? "" : text.apply(cell.getValue())));
        column.setReorderable(false);
    }

    /**
     * One page of a screen at a time, chosen with toggle buttons (which keep their mnemonics); one of
     * them is always chosen. {@code toggles} and {@code pages} correspond by position.
     */
    static void pages(javafx.scene.control.ToggleGroup group, List<javafx.scene.control.ToggleButton> toggles,
            List<javafx.scene.Node> pages) {
        for (int i = 0; i < toggles.size(); i++) {
            javafx.scene.Node page = pages.get(i);
            page.visibleProperty().bind(toggles.get(i).selectedProperty());
            page.managedProperty().bind(page.visibleProperty());
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                group.selectToggle(old);
            }
        });
        group.selectToggle(toggles.get(0));
    }

    /** Shows the items of {@code box} by {@code text}, in the list and on the button. */
    static <T> void choices(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(list -> cell(text));
        box.setButtonCell(cell(text));
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : text.apply(item));
            }
        };
    }
}
