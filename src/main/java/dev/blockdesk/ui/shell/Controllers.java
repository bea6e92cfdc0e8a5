package dev.blockdesk.ui.shell;

import dev.blockdesk.ui.accounts.AccountsController;
import dev.blockdesk.ui.blocks.BlocksController;
import dev.blockdesk.ui.peers.PeersController;
import dev.blockdesk.ui.pending.PendingController;
import dev.blockdesk.ui.welcome.WelcomeController;
import javafx.util.Callback;

/** Makes the window's controllers, each with its view model: the FXML loader's controller factory. */
public final class Controllers {

    private Controllers() {}

    public static Callback<Class<?>, Object> factory(MainViewModel model, DesktopContext context) {
        return type -> {
            if (type == MainController.class) {
                return new MainController(model, context);
            }
            if (type == StatusBarController.class) {
                return new StatusBarController(model);
            }
            if (type == BlocksController.class) {
                return new BlocksController(model.blocks());
            }
            if (type == PendingController.class) {
                return new PendingController(model.pending());
            }
            if (type == WelcomeController.class) {
                return new WelcomeController(model.welcome());
            }
            if (type == AccountsController.class) {
                return new AccountsController(model.accounts());
            }
            if (type == PeersController.class) {
                return new PeersController(model.peers());
            }
            throw new IllegalArgumentException("no controller " + type);
        };
    }
}
