package dev.blockdesk.chain;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.math.BigDecimal;

/**
 * Prints a double exactly as Python's {@code repr(float)} (and so {@code json.dumps}) does.
 *
 * <p>Python prints the shortest digit string that reads back to the same double (among several,
 * the one closest to the exact value), in fixed notation when {@code 1e-4 <= |x| < 1e16} and in
 * exponent form otherwise ({@code 1e-07}, {@code 1e+16}). The shortest digits come from Jackson's
 * Schubfach implementation, whose Java layout we take apart. Java's specification differs from
 * Python in one corner: when one digit would do, Java may choose two digits that lie closer
 * ({@code 4.9E-324} where Python prints {@code 5e-324}, a subnormal); that case is narrowed to one
 * digit here.
 */
public final class PythonFloat {

    private PythonFloat() {}

    /** Python's {@code json.dumps} text of {@code x}, including {@code NaN} and the infinities. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) < 0 ? "-0.0" : "0.0";
        }
        Decimal d = shortest(Math.abs(x));
        StringBuilder out = new StringBuilder(26);
        if (x < 0) {
            out.append('-');
        }
        layout(d, out);
        return out.toString();
    }

    /** Digits {@code d1 d2 ... dn} with value {@code 0.d1d2...dn * 10^decpt}; no leading or trailing zeros. */
    private record Decimal(String digits, int decpt) {}

    private static Decimal shortest(double positive) {
        String java = DoubleToDecimal.toString(positive); // "123.45", "1.528705939274652E9", "4.9E-324"
        int e = java.indexOf('E');
        int exp10 = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
        String mantissa = e < 0 ? java : java.substring(0, e);
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int decpt = dot + exp10;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        int end = digits.length();
        while (end > lead + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        Decimal d = new Decimal(digits.substring(lead, end), decpt - lead);
        // Only where a double carries about two digits of precision (deep subnormals) can one digit
        // read back while Java picked two; for normal doubles two digits mean one would not do.
        return d.digits().length() == 2 && positive < Double.MIN_NORMAL ? narrowToOneDigit(positive, d) : d;
    }

    /** Java may print two digits where one reads back to the same double; Python prints the one digit. */
    private static Decimal narrowToOneDigit(double x, Decimal two) {
        int first = two.digits().charAt(0) - '0';
        Decimal down = new Decimal(String.valueOf(first), two.decpt());
        Decimal up =
                first == 9 ? new Decimal("1", two.decpt() + 1) : new Decimal(String.valueOf(first + 1), two.decpt());
        boolean downOk = readsBackAs(down, x);
        boolean upOk = readsBackAs(up, x);
        if (downOk && upOk) {
            BigDecimal exact = new BigDecimal(x);
            int cmp = value(down)
                    .subtract(exact)
                    .abs()
                    .compareTo(value(up).subtract(exact).abs());
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return first % 2 == 0 ? down : up;
        }
        if (downOk) {
            return down;
        }
        return upOk ? up : two;
    }

    private static BigDecimal value(Decimal d) {
        return new BigDecimal(d.digits() + "E" + (d.decpt() - d.digits().length()));
    }

    private static boolean readsBackAs(Decimal d, double x) {
        return Double.parseDouble(d.digits() + "E" + (d.decpt() - d.digits().length())) == x;
    }

    private static void layout(Decimal d, StringBuilder out) {
        String digits = d.digits();
        int n = digits.length();
        int decpt = d.decpt();
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                out.append("0.");
                out.append("0".repeat(-decpt));
                out.append(digits);
            } else if (decpt < n) {
                out.append(digits, 0, decpt).append('.').append(digits, decpt, n);
            } else {
                out.append(digits).append("0".repeat(decpt - n)).append(".0");
            }
            return;
        }
        out.append(digits.charAt(0));
        if (n > 1) {
            out.append('.').append(digits, 1, n);
        }
        int exponent = decpt - 1;
        out.append('e').append(exponent < 0 ? '-' : '+');
        int abs = Math.abs(exponent);
        if (abs < 10) {
            out.append('0');
        }
        out.append(abs);
    }
}
