package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFloatTest {

    @Test
    void everyVectorPrintsAsPythonReprPrintsIt() {
        List<String> lines = Vectors.lines("float-repr.txt");
        assertTrue(lines.size() > 9000, "the vector file holds thousands of doubles");
        List<String> wrong = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
            String actual = PythonFloat.repr(x);
            if (!actual.equals(parts[1])) {
                wrong.add(parts[1] + " printed as " + actual);
            }
        }
        assertEquals(
                List.of(),
                wrong.subList(0, Math.min(20, wrong.size())),
                wrong.size() + " of " + lines.size() + " differ");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1528705939.274652 | 1528705939.274652",
                "5.0               | 5.0",
                "-0.0              | -0.0",
                "0.0001            | 0.0001",
                "0.00001           | 1e-05",
                "1e-7              | 1e-07",
                "1e15              | 1000000000000000.0",
                "1e16              | 1e+16",
                "2e23              | 2e+23",
                "1.5e300           | 1.5e+300",
                "4.9e-324          | 5e-324",
                "0.30000000000000004 | 0.30000000000000004",
            })
    void layoutMatchesPython(double value, String python) {
        assertEquals(python, PythonFloat.repr(value));
    }

    @Test
    void nonFiniteValuesUsePythonsBareWords() {
        assertEquals("NaN", PythonFloat.repr(Double.NaN));
        assertEquals("Infinity", PythonFloat.repr(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", PythonFloat.repr(Double.NEGATIVE_INFINITY));
    }
}
