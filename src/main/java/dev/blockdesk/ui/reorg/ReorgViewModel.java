package dev.blockdesk.ui.reorg;

import static dev.blockdesk.ui.i18n.Messages.tr;

import dev.blockdesk.chain.ForkPicture;
import dev.blockdesk.node.Reorg;
import dev.blockdesk.ui.Formats;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The reorg banner: shown when a longer chain replaced ours and dropped blocks of ours, until the
 * user dismisses it. A second reorganisation before that replaces the story and says how many
 * there were. FX thread.
 */
public final class ReorgViewModel {

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ForkPicture> picture = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Reorg> latest = new ReadOnlyObjectWrapper<>();
    private int unseen;

    /** A reorganisation happened: the banner tells it. */
    public void show(Reorg reorg) {
        unseen++;
        latest.set(reorg);
        String time = Formats.clockTime(reorg.at());
        title.set(
                unseen > 1
                        ? tr("reorg.banner.titleAgain", time, ReorgStory.title(reorg), String.valueOf(unseen))
                        : tr("reorg.banner.title", time, ReorgStory.title(reorg)));
        summary.set(ReorgStory.summary(reorg));
        details.set(ReorgStory.details(reorg));
        picture.set(reorg.picture());
        shown.set(true);
    }

    public void dismiss() {
        unseen = 0;
        shown.set(false);
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** One sentence under the title: the fork point, what was lost and what went back to Pending. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Both branches around the fork point; null when the new chain started from another genesis block. */
    public ReadOnlyObjectProperty<ForkPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The last reorganisation shown, or null. */
    public ReadOnlyObjectProperty<Reorg> latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
