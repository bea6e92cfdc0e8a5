package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransactionRulesTest {

    private static Transaction accept(String json) throws InvalidTransactionException {
        return TransactionRules.validateNew(WireJson.parse(json));
    }

    @Test
    void aGoodTransactionKeepsTheAmountsJsonType() throws Exception {
        Transaction tx =
                accept("{\"sender\": \"alice\", \"recipient\": \"bob\", \"amount\": 5, \"memo\": \"dropped\"}");
        assertTrue(tx.id().matches("[0-9a-f]{32}"), tx.id());
        assertEquals(
                "{\"amount\": 5, \"id\": \"" + tx.id() + "\", \"recipient\": \"bob\", \"sender\": \"alice\"}",
                tx.canonicalJson());
        String forwarded =
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1, \"id\": \"" + "ab".repeat(16) + "\"}";
        assertEquals("ab".repeat(16), accept(forwarded).id(), "a forwarded transaction keeps its id");
        assertEquals(
                "5.0",
                accept("{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 5.0}")
                        .amountText());
        assertEquals(
                "0.1",
                accept("{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 0.1}")
                        .amountText());
        assertEquals(
                "1000000000000000",
                accept("{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1000000000000000}")
                        .amountText());
        String longest = "x".repeat(256);
        assertEquals(
                longest,
                accept("{\"sender\": \"" + longest + "\", \"recipient\": \"b\", \"amount\": 1}")
                        .sender());
        String astral = "😀".repeat(256); // 256 characters, 512 UTF-16 units
        assertEquals(
                astral,
                accept("{\"sender\": \"" + astral + "\", \"recipient\": \"b\", \"amount\": 1}")
                        .sender());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"recipient\": \"b\", \"amount\": 1}                      | missing value: sender",
                "{\"sender\": \"a\", \"amount\": 1}                         | missing value: recipient",
                "{\"sender\": \"a\", \"recipient\": \"b\"}                  | missing value: amount",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": null} | missing value: amount",
                "{\"sender\": 7, \"recipient\": \"b\", \"amount\": 1}        | sender must be a string, found 7",
                "{\"sender\": \"\", \"recipient\": \"b\", \"amount\": 1}     | sender must not be empty",
                "{\"sender\": \"a\", \"recipient\": [], \"amount\": 1}       | recipient must be a string, found []",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": \"5\"} | amount must be a number, found \"5\"",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": true}  | amount must be a number, found true",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 0}     | amount must be positive, found 0",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": -5}    | amount must be positive, found -5",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": -0.0}  | amount must be positive, found -0.0",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": NaN}   | amount must be a finite number, found NaN",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": Infinity} | amount must be a finite number, found Infinity",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1e400} | amount must be a finite number, found Infinity",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1.5e15} | amount must be at most 1e15, found 1500000000000000.0",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1180591620717411303424} | amount must be at most 1e15, found 1180591620717411303424",
                "{\"sender\": \"0\", \"recipient\": \"b\", \"amount\": 1}     | sender \"0\" is reserved for mining rewards",
                "[1, 2, 3]                                               | a transaction must be a JSON object with sender, recipient and amount",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1, \"id\": \"XYZ\"} | id must be 32 lowercase hex characters, found \"XYZ\"",
                "{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 1, \"id\": 5}     | id must be 32 lowercase hex characters, found 5",
            })
    void badTransactionsAreRefusedWithAReason(String json, String reason) {
        InvalidTransactionException e = assertThrows(InvalidTransactionException.class, () -> accept(json));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void overlongAddressesAreRefused() {
        String tooLong = "x".repeat(257);
        InvalidTransactionException e = assertThrows(
                InvalidTransactionException.class,
                () -> accept("{\"sender\": \"a\", \"recipient\": \"" + tooLong + "\", \"amount\": 1}"));
        assertEquals("recipient must be at most 256 characters", e.getMessage());
    }

    @Test
    void typedAmountsAreParsedAsJsonNumbers() throws Exception {
        assertEquals("5", CanonicalJson.write(TransactionRules.parseAmount(" 5 ")));
        assertEquals("2.5", CanonicalJson.write(TransactionRules.parseAmount("2.5")));
        assertEquals(
                "amount must be a number, found \"five\"",
                assertThrows(InvalidTransactionException.class, () -> TransactionRules.parseAmount("five"))
                        .getMessage());
        assertEquals(
                "amount is required",
                assertThrows(InvalidTransactionException.class, () -> TransactionRules.parseAmount("  "))
                        .getMessage());
    }
}
