package jp.mamori.app.admin;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the administrator's screens ask for a file or a folder. The terminal uses the system's file
 * dialogs ({@link #SYSTEM}); tests give the paths their flow needs.
 */
public interface FileChoices {

    /** A new file to write, or empty if the administrator cancelled. */
    Optional<Path> saveFile(Window owner, String title, String initialName, String filterName, String pattern);

    /** An existing file to read, or empty. */
    Optional<Path> openFile(Window owner, String title, String filterName, String pattern);

    /** A folder, or empty. */
    Optional<Path> folder(Window owner, String title);

    /** The system's file dialogs. */
    FileChoices SYSTEM = new FileChoices() {
        @Override
        public Optional<Path> saveFile(Window owner, String title, String initialName, String filterName,
                String pattern) {
            FileChooser chooser = chooser(title, filterName, pattern);
            chooser.setInitialFileName(initialName);
            return path(chooser.showSaveDialog(owner));
        }

        @Override
        public Optional<Path> openFile(Window owner, String title, String filterName, String pattern) {
            return path(chooser(title, filterName, pattern).showOpenDialog(owner));
        }

        @Override
        public Optional<Path> folder(Window owner, String title) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            return path(chooser.showDialog(owner));
        }

        private FileChooser chooser(String title, String filterName, String pattern) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, pattern));
            return chooser;
        }

        private Optional<Path> path(File file) {
            return Optional.ofNullable(file).map(File::toPath);
        }
    };
}
