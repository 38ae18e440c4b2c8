package org.budgetkg.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** The contract's text normalisation: NFKC, no white space touching a CJK character. */
public final class Text {
    private static final Pattern SPACE_NEAR_CJK =
            Pattern.compile("\\s+(?=[\\p{IsHan}\\u3000-\\u303F\\u2018-\\u201F\\uFF00-\\uFFEF])|(?<=[\\p{IsHan}\\u3000-\\u303F\\u2018-\\u201F\\uFF00-\\uFFEF])\\s+");
    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d+|-?\\d{1,3}(,\\d{3})+");

    private Text() {}

    public static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** A label as the contract wants it: NFKC, white space removed where it touches CJK, other runs collapsed. */
    public static String label(String s) {
        String n = nfkc(s).replace('\u00A0', ' ');
        n = SPACE_NEAR_CJK.matcher(n).replaceAll("");
        return n.replaceAll("\\s+", " ").trim();
    }

    /** True for a printed amount such as {@code 1,234.56} or {@code 0.90} (tables print decimals or groups). */
    public static boolean isAmount(String s) {
        return AMOUNT.matcher(s).matches();
    }

    /** The amount a cell prints, tolerating spaces inside it ({@code 3, 245. 06}); null when it is not one. */
    public static BigDecimal amount(String s) {
        String t = nfkc(s).replaceAll("\\s+", "");
        if (!isAmount(t)) return null;
        return new BigDecimal(t.replace(",", ""));
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
