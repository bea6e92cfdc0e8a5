package dev.blockdesk.ui.fork;

import dev.blockdesk.chain.ForkPicture;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

/**
 * A fork drawn as one expects it: the last shared blocks in a line on the left, ending at the fork
 * point, where the line splits into two branches, this node's on top and the other chain's below,
 * each block a small box with its index and the start of its hash (the whole hash in its tooltip),
 * "+N more" where a branch goes on. The winning branch is marked in colour and in words ("longest
 * chain — kept"), the losing one greyed, dashed and tagged "dropped" or "not taken"; the accessible
 * text says it all in one sentence.
 *
 * <p>Empty while {@link #pictureProperty() picture} is null. It never asks for more width than its
 * container gives: when narrower than its preferred size it shrinks the drawing to fit (and clips
 * whatever could still overflow). Its look is the CSS of {@code blockdesk.css} ({@code .fork-graph}
 * and the {@code .fork-*} classes), which the scene it is shown in must carry, as the main window
 * and {@link ForkDialog} do.
 */
public class ForkGraph extends Region {

    private final ObjectProperty<ForkPicture> picture = new SimpleObjectProperty<>(this, "picture") {
        @Override
        protected void invalidated() {
            show(get());
        }
    };

    /** The drawing at its natural size, placed by {@link #layoutChildren()} and scaled down to fit. */
    private final Pane drawing = new Pane() {
        @Override
        protected void layoutChildren() {
            // ForkGraph places and sizes every node
        }
    };

    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Rectangle clip = new Rectangle();
    /** The current picture's nodes; null while there is none. */
    private ForkDrawing drawn;

    public ForkGraph() {
        getStyleClass().add("fork-graph");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        drawing.getTransforms().add(scale);
        getChildren().add(drawing);
        setClip(clip);
    }

    public ForkGraph(ForkPicture picture) {
        this();
        setPicture(picture);
    }

    /** The fork to draw; null draws nothing. */
    public final ObjectProperty<ForkPicture> pictureProperty() {
        return picture;
    }

    public final ForkPicture getPicture() {
        return picture.get();
    }

    public final void setPicture(ForkPicture value) {
        picture.set(value);
    }

    private void show(ForkPicture shown) {
        drawn = shown == null ? null : new ForkDrawing(shown);
        drawing.getChildren().setAll(drawn == null ? List.of() : drawn.nodes());
        setAccessibleText(shown == null ? null : ForkDescription.summary(shown));
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft()
                + insets.getRight()
                + (drawn == null ? 0 : drawn.measure().width());
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        if (drawn == null) {
            return insets.getTop() + insets.getBottom();
        }
        ForkDrawing.Size natural = drawn.measure();
        double scaled = width < 0 ? 1 : fit(width - insets.getLeft() - insets.getRight(), natural.width());
        return insets.getTop() + insets.getBottom() + natural.height() * scaled;
    }

    /** As narrow as the container needs: the drawing shrinks. */
    @Override
    protected double computeMinWidth(double height) {
        Insets insets = getInsets();
        return insets.getLeft() + insets.getRight();
    }

    /** As tall as the drawing at the scale the width allows. */
    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        clip.setWidth(getWidth());
        clip.setHeight(getHeight());
        if (drawn == null) {
            drawing.resizeRelocate(0, 0, 0, 0);
            return;
        }
        ForkDrawing.Size natural = drawn.place();
        Insets insets = getInsets();
        double s = Math.min(
                fit(getWidth() - insets.getLeft() - insets.getRight(), natural.width()),
                fit(getHeight() - insets.getTop() - insets.getBottom(), natural.height()));
        scale.setX(s);
        scale.setY(s);
        drawing.resizeRelocate(snappedLeftInset(), snappedTopInset(), natural.width(), natural.height());
    }

    /** The scale at which {@code natural} fits in {@code room}: never above 1. */
    private static double fit(double room, double natural) {
        return natural <= 0 || room >= natural ? 1 : Math.max(0, room / natural);
    }
}
