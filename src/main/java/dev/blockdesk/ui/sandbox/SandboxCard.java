package dev.blockdesk.ui.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.lab.JsonText;
import dev.blockdesk.chain.lab.SandboxChain;
import dev.blockdesk.chain.lab.SandboxChain.Field;
import dev.blockdesk.chain.lab.SandboxChain.TxField;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.cards.HashText;
import dev.blockdesk.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One block of the sandbox as an editable card, laid out as the Blocks tab's cards are (title
 * "Block N", proof, timestamp and transaction count, the hash with its zeros set apart, a
 * {@code block-link} line for previous_hash), with every field a text field. Reusable: a list
 * cell calls {@link #show} for whichever block it holds, and again when that block changes.
 */
final class SandboxCard extends VBox {

    private final SandboxViewModel model;
    private final Label title = new Label();
    private final Label txCount = new Label();
    private final Label reason = new Label();
    private final TextField index = field("sandboxIndex", 5, "index");
    private final TextField timestamp = field("sandboxTimestamp", 13, "timestamp");
    private final TextField proof = field("sandboxProof", 9, "proof");
    private final TextField previousHash = field("sandboxPreviousHash", 40, "previous_hash");
    private final Label link = new Label();
    private final VBox transactions = new VBox(4);
    private final List<TransactionLine> lines = new ArrayList<>();
    private final Button addTransaction = new Button(Messages.tr("sandbox.card.addTransaction"));
    private final HashText hash = new HashText();
    private final Label canonical = new Label();
    private int position = -1;
    private boolean showing;

    SandboxCard(SandboxViewModel model) {
        this.model = model;
        getStyleClass().add("block-card");
        title.getStyleClass().add("block-card-title");
        reason.setId("sandboxReason");
        reason.getStyleClass().add("sandbox-reason");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        txCount.getStyleClass().add("block-card-facts");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, title, spacer, txCount);
        head.setAlignment(Pos.BASELINE_LEFT);
        HBox facts = new HBox(
                6,
                caption("index", index),
                index,
                caption("proof", proof),
                proof,
                caption("timestamp", timestamp),
                timestamp);
        facts.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(previousHash, Priority.ALWAYS);
        previousHash.setMaxWidth(Double.MAX_VALUE);
        HBox previous = new HBox(6, caption("previous_hash", previousHash), previousHash);
        previous.setAlignment(Pos.BASELINE_LEFT);
        link.getStyleClass().add("block-link");
        addTransaction.setId("sandboxAddTransaction");
        addTransaction.getStyleClass().add("small");
        addTransaction.setOnAction(e -> model.addTransaction(position));
        addTransaction.disableProperty().bind(model.miningProperty());
        canonical.getStyleClass().addAll("mono", "sandbox-canonical");
        canonical.setWrapText(true);
        canonical.setMinHeight(Region.USE_PREF_SIZE);
        hash.setId("sandboxHash");
        HBox hashLine = new HBox(6, caption("hash"), hash);
        hashLine.setAlignment(Pos.BASELINE_LEFT);
        getChildren()
                .addAll(
                        head,
                        reason,
                        facts,
                        previous,
                        link,
                        caption("transactions"),
                        transactions,
                        addTransaction,
                        hashLine,
                        canonical);
        edits(index, Field.INDEX);
        edits(timestamp, Field.TIMESTAMP);
        edits(proof, Field.PROOF);
        edits(previousHash, Field.PREVIOUS_HASH);
    }

    /** Shows the block at {@code at} of {@code chain} as it now stands. */
    void show(SandboxChain chain, int at) {
        showing = true;
        try {
            position = at;
            long name = chain.indexAt(at);
            setId("sandboxBlock-" + name);
            boolean valid = chain.isValid(at);
            if (!getStyleClass()
                    .contains(
                            valid
                                    ? "valid"
                                    : "invalid")) { // a style class change restyles the whole card: only when it
                // changes
                getStyleClass().removeAll("valid", "invalid");
                getStyleClass().add(valid ? "valid" : "invalid");
            }
            title.setText(Messages.tr("sandbox.card.title", String.valueOf(name)));
            int count = chain.transactionCount(at);
            txCount.setText(Messages.tr("sandbox.card.transactions", count, String.valueOf(count)));
            reason.setText(valid ? Messages.tr("sandbox.card.valid") : Messages.tr(chain.reasonText(at)));
            reason.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !valid);
            put(index, chain.field(at, Field.INDEX));
            put(timestamp, chain.field(at, Field.TIMESTAMP));
            put(proof, chain.field(at, Field.PROOF));
            put(previousHash, chain.field(at, Field.PREVIOUS_HASH));
            link.setText(linkText(chain, at));
            showTransactions(chain, at, count);
            String blockHash = chain.hash(at);
            hash.show(blockHash == null ? Messages.tr("sandbox.card.noHash") : blockHash, 0);
            canonical.setText(chain.canonicalJson(at));
        } finally {
            showing = false;
        }
    }

    private static String linkText(SandboxChain chain, int at) {
        if (at == 0) {
            return Messages.tr("sandbox.card.genesisLink");
        }
        JsonNode named = chain.field(at, Field.PREVIOUS_HASH);
        String before = chain.hash(at - 1);
        if (named != null && named.isTextual() && named.textValue().equals(before)) {
            return Messages.tr("sandbox.card.link", String.valueOf(chain.indexAt(at - 1)));
        }
        return Messages.tr(
                "sandbox.card.brokenLink", String.valueOf(chain.indexAt(at - 1)), Formats.hashStart(before, 16));
    }

    private void showTransactions(SandboxChain chain, int at, int count) {
        while (lines.size() < count) {
            TransactionLine line = new TransactionLine(lines.size());
            lines.add(line);
        }
        if (transactions.getChildren().size() != count) {
            transactions.getChildren().setAll(lines.subList(0, count));
        }
        for (int k = 0; k < count; k++) {
            lines.get(k).show(chain, at);
        }
    }

    /** Puts a value in a field unless the field already says it (so the caret stays where the learner types). */
    private static void put(TextField field, JsonNode value) {
        String shown = JsonText.show(value);
        if (field.getText().equals(shown)
                || value != null && JsonText.parse(field.getText()).equals(value)) {
            return; // the field says it already, perhaps in the learner's own spelling (" 5" for 5)
        }
        field.setText(shown);
    }

    private void edits(TextField field, Field which) {
        field.textProperty().addListener((o, was, text) -> {
            if (!showing && position >= 0) {
                model.edit(position, which, text);
            }
        });
        focusSelects(field);
    }

    private void focusSelects(TextField field) {
        field.editableProperty()
                .bind(model.miningProperty().not()); // the miner is rewriting the blocks: no edits meanwhile
        field.focusedProperty().addListener((o, was, focused) -> {
            if (focused && position >= 0) {
                model.selectedProperty().set(position);
            }
        });
    }

    private static TextField field(String id, int columns, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setPromptText(prompt);
        field.getStyleClass().addAll("mono", "sandbox-field");
        return field;
    }

    /** A caption that names {@code field} for screen readers (accessibility, issue 15). */
    private static Label caption(String text, javafx.scene.Node field) {
        Label label = caption(text);
        label.setLabelFor(field);
        return label;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sandbox-caption");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** One transaction's three fields and its remove button. */
    private final class TransactionLine extends HBox {
        private final int k;
        private final TextField sender;
        private final TextField recipient;
        private final TextField amount;

        TransactionLine(int k) {
            super(6);
            this.k = k;
            setAlignment(Pos.BASELINE_LEFT);
            sender = field("sandboxSender-" + k, 12, "sender");
            recipient = field("sandboxRecipient-" + k, 12, "recipient");
            amount = field("sandboxAmount-" + k, 6, "amount");
            HBox.setHgrow(sender, Priority.ALWAYS);
            HBox.setHgrow(recipient, Priority.ALWAYS);
            Button remove = new Button("✕");
            remove.setId("sandboxRemoveTransaction-" + k);
            remove.getStyleClass().add("small");
            remove.setAccessibleText(Messages.tr("sandbox.card.removeTransaction", String.valueOf(k + 1)));
            remove.setTooltip(new javafx.scene.control.Tooltip(Messages.tr("sandbox.card.removeTransaction.tooltip")));
            remove.setOnAction(e -> model.removeTransaction(position, k));
            remove.disableProperty().bind(model.miningProperty());
            sender.setAccessibleText(Messages.tr("sandbox.card.sender", String.valueOf(k + 1)));
            recipient.setAccessibleText(Messages.tr("sandbox.card.recipient", String.valueOf(k + 1)));
            getChildren().addAll(sender, caption("→", recipient), recipient, caption("amount", amount), amount, remove);
            edits(sender, TxField.SENDER);
            edits(recipient, TxField.RECIPIENT);
            edits(amount, TxField.AMOUNT);
        }

        void show(SandboxChain chain, int at) {
            put(sender, chain.transactionField(at, k, TxField.SENDER));
            put(recipient, chain.transactionField(at, k, TxField.RECIPIENT));
            put(amount, chain.transactionField(at, k, TxField.AMOUNT));
        }

        private void edits(TextField field, TxField which) {
            field.textProperty().addListener((o, was, text) -> {
                if (!showing && position >= 0) {
                    model.editTransaction(position, k, which, text);
                }
            });
            focusSelects(field);
        }
    }
}
