package dev.blockdesk.ui.shell;

import dev.blockdesk.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a chain file; the desktop's own dialogs, or a stand-in in tests. */
public interface FileDialogs {

    Optional<Path> open(Window owner, String title);

    Optional<Path> save(Window owner, String title, String suggestedName);

    /** The platform's file choosers, showing chain files (*.json) first. */
    FileDialogs NATIVE = new FileDialogs() {
        @Override
        public Optional<Path> open(Window owner, String title) {
            return Optional.ofNullable(chooser(title).showOpenDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> save(Window owner, String title, String suggestedName) {
            FileChooser chooser = chooser(title);
            chooser.setInitialFileName(suggestedName);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        }

        private FileChooser chooser(String title) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters()
                    .addAll(
                            new FileChooser.ExtensionFilter(Messages.tr("files.filter.chains"), "*.json"),
                            new FileChooser.ExtensionFilter(Messages.tr("files.filter.all"), "*.*"));
            return chooser;
        }
    };
}
