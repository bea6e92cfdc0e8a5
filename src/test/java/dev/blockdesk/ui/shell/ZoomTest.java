package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoomTest {

    private final List<String> saved = new ArrayList<>();

    @Test
    void stepsInAndOutAndBackToActualSizeAndRemembersEachStep() {
        Zoom zoom = new Zoom(100, saved::add);
        zoom.zoomIn();
        zoom.zoomIn();
        zoom.zoomIn();
        assertEquals(150, zoom.percentProperty().get());
        assertEquals(21.0, zoom.fontPx(), 1e-9);
        zoom.zoomOut();
        assertEquals(125, zoom.percentProperty().get());
        zoom.actualSize();
        assertEquals(100, zoom.percentProperty().get());
        assertEquals(List.of("110", "125", "150", "125", "100"), saved);
    }

    @Test
    void stopsAtTheSmallestAndLargestStep() {
        Zoom zoom = new Zoom(200, saved::add);
        zoom.zoomIn();
        assertEquals(200, zoom.percentProperty().get());
        for (int i = 0; i < 20; i++) {
            zoom.zoomOut();
        }
        assertEquals(80, zoom.percentProperty().get());
    }

    @Test
    void aStoredValueOffTheStepsSnapsToTheNearestStep() {
        assertEquals(150, new Zoom(140, saved::add).percentProperty().get());
        assertEquals(200, new Zoom(900, saved::add).percentProperty().get());
        assertEquals(80, new Zoom(1, saved::add).percentProperty().get());
        assertEquals(List.of(), saved, "reading a setting does not write it");
    }

    @Test
    void theFontSizeReplacesAnEarlierOneAndKeepsTheRootsOtherStyles() {
        assertEquals("-fx-font-size: 21.0px;", Zoom.withFontSize("", 21));
        assertEquals("-fx-font-size: 21.0px;", Zoom.withFontSize("-fx-font-size: 15.4px;", 21));
        assertEquals(
                "-fx-max-width: 1000px; -fx-font-size: 11.2px;",
                Zoom.withFontSize("-fx-max-width: 1000px; -fx-font-size: 28.0px;", 11.2));
        assertEquals("-fx-max-width: 1000px; -fx-font-size: 14.0px;", Zoom.withFontSize("-fx-max-width: 1000px", 14));
    }
}
