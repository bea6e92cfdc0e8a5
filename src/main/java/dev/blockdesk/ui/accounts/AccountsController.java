package dev.blockdesk.ui.accounts;

import dev.blockdesk.chain.Account;
import dev.blockdesk.chain.Ledger;
import dev.blockdesk.ui.Formats;
import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The Accounts tab's view: binds {@link AccountsViewModel}; holds no logic of its own. */
public final class AccountsController {

    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    private static final PseudoClass NOT_NUMERIC = PseudoClass.getPseudoClass("not-numeric");

    private final AccountsViewModel model;

    @FXML
    private Label accountsSummary;

    @FXML
    private TableView<Account> accountsTable;

    @FXML
    private TableColumn<Account, String> accountAddressColumn;

    @FXML
    private TableColumn<Account, BigDecimal> accountBalanceColumn;

    @FXML
    private TableColumn<Account, Integer> accountTransactionsColumn;

    @FXML
    private TableColumn<Account, BigDecimal> accountRewardsColumn;

    @FXML
    private TableColumn<Account, Long> accountFirstBlockColumn;

    @FXML
    private TableColumn<Account, Long> accountLastBlockColumn;

    @FXML
    private Label accountHistoryTitle;

    @FXML
    private TableView<HistoryRow> accountHistoryTable;

    @FXML
    private TableColumn<HistoryRow, HistoryRow> historyBlockColumn;

    @FXML
    private TableColumn<HistoryRow, String> historyWhatColumn;

    @FXML
    private TableColumn<HistoryRow, String> historyInColumn;

    @FXML
    private TableColumn<HistoryRow, String> historyOutColumn;

    @FXML
    private TableColumn<HistoryRow, String> historyBalanceColumn;

    public AccountsController(AccountsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        accountsSummary.textProperty().bind(model.summaryProperty());
        value(accountAddressColumn, Account::address);
        value(accountBalanceColumn, Account::balance);
        value(accountTransactionsColumn, Account::transactions);
        value(accountRewardsColumn, Account::minedRewards);
        value(accountFirstBlockColumn, Account::firstBlock);
        value(accountLastBlockColumn, Account::lastBlock);
        accountBalanceColumn.setCellFactory(column -> amountCell());
        accountRewardsColumn.setCellFactory(column -> amountCell());
        accountTransactionsColumn.setCellFactory(column -> countCell());
        accountFirstBlockColumn.setCellFactory(column -> countCell());
        accountLastBlockColumn.setCellFactory(column -> countCell());
        SortedList<Account> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(accountsTable.comparatorProperty());
        accountsTable.setItems(sorted);
        accountBalanceColumn.setSortType(TableColumn.SortType.DESCENDING);
        accountsTable.getSortOrder().add(accountBalanceColumn); // the richest first, until the user sorts otherwise
        accountsTable.getSelectionModel().selectedItemProperty().addListener((o, old, account) -> {
            if (account != null) {
                model.select(account);
            }
        });
        model.selectedProperty().addListener((o, old, account) -> showSelected(account));

        accountHistoryTitle.textProperty().bind(model.historyTitleProperty());
        accountHistoryTable.setItems(model.history());
        historyBlockColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        historyBlockColumn.setCellFactory(column -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            @Override
            protected void updateItem(HistoryRow line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setGraphic(null);
                    return;
                }
                link.setText(line.blockLink());
                link.setOnAction(e -> model.open(line));
                setGraphic(link);
            }
        });
        historyBlockColumn.setComparator((a, b) -> Long.compare(a.block(), b.block()));
        value(historyWhatColumn, HistoryRow::what);
        value(historyInColumn, HistoryRow::in);
        value(historyOutColumn, HistoryRow::out);
        value(historyBalanceColumn, HistoryRow::balance);
        historyBalanceColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String balance, boolean empty) {
                super.updateItem(balance, empty);
                setText(empty ? null : balance);
                pseudoClassStateChanged(NEGATIVE, !empty && balance != null && balance.startsWith("-"));
            }
        });
        accountHistoryTable.setRowFactory(table -> {
            TableRow<HistoryRow> row = new TableRow<>() {
                @Override
                protected void updateItem(HistoryRow line, boolean empty) {
                    super.updateItem(line, empty);
                    pseudoClassStateChanged(NOT_NUMERIC, !empty && line != null && !line.numeric());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        accountHistoryTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(accountHistoryTable.getSelectionModel().getSelectedItem());
            }
        });
    }

    private static <S, T> void value(TableColumn<S, T> column, Function<S, T> of) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(of.apply(cell.getValue())));
    }

    private static TableCell<Account, BigDecimal> amountCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Ledger.plain(value));
                pseudoClassStateChanged(NEGATIVE, !empty && value != null && value.signum() < 0);
            }
        };
    }

    /** A whole number with thousands separators, as the rest of the window writes them: 99,999. */
    private static <N extends Number> TableCell<Account, N> countCell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(N value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : Formats.count(value.doubleValue()));
            }
        };
    }

    /** Keeps the table's selection on the account shown as its row is replaced by a newer count. */
    private void showSelected(Account account) {
        Account row = accountsTable.getSelectionModel().getSelectedItem();
        if (account == null || account.equals(row)) {
            return;
        }
        int at = accountsTable.getItems().indexOf(account);
        if (at >= 0) {
            accountsTable.getSelectionModel().clearAndSelect(at);
        }
    }
}
