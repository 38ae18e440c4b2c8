package org.budgetkg.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** The contract's text normalisation: NFKC, no white space touching a CJK character. */
public final class Text {
    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d+|-?\\d{1,3}(,\\d{3})+");

    private Text() {}

    public static String nfkc(String s) {
        // most lines are already NFKC; the check is cheaper than normalising
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** A label as the contract wants it: NFKC, white space removed where it touches CJK, other runs collapsed. */
    public static String label(String s) {
        String n = nfkc(s);
        StringBuilder out = new StringBuilder(n.length());
        int i = 0;
        while (i < n.length()) {
            char c = n.charAt(i);
            if (!isSpace(c)) { out.append(c); i++; continue; }
            int j = i;
            while (j < n.length() && isSpace(n.charAt(j))) j++;
            // a run of white space survives as one space only between two characters that are not CJK
            boolean keep = out.length() > 0 && j < n.length() && !isCjk(out.charAt(out.length() - 1)) && !isCjk(n.charAt(j));
            if (keep) out.append(' ');
            i = j;
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }

    /** Han, CJK punctuation, curly quotes and the fullwidth forms NFKC keeps. */
    private static boolean isCjk(char c) {
        // the common cases first, without the script table's binary search: nothing below U+2018 is CJK punctuation
        // or Han, and the CJK Unified Ideographs (all assigned by Unicode 13, Java 17) are Han
        if (c < '\u2018') return false;
        if (c >= '\u4E00' && c <= '\u9FFC') return true;
        return (c >= '\u3000' && c <= '\u303F') || (c >= '\u2018' && c <= '\u201F') || (c >= '\uFF00' && c <= '\uFFEF')
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** True for a printed amount such as {@code 1,234.56} or {@code 0.90} (tables print decimals or groups). */
    public static boolean isAmount(String s) {
        return AMOUNT.matcher(s).matches();
    }

    /**
     * A printed amount corrupted in print or in extraction — a letter for a digit ({@code 3,5O9.74}, {@code 23I.00}), a
     * group or a point out of place ({@code 4,3.52}, {@code 1.234.56}): not an amount, but no text either; whoever reads
     * it says so instead of dropping it.
     */
    public static boolean isNumberLike(String s) {
        String t = nfkc(s).replaceAll("\\s+", "");
        if (isAmount(t) || !DIGITS_AND_LOOKALIKES.matcher(t).matches()) return false;
        return t.chars().anyMatch(c -> "OoIl".indexOf(c) >= 0) || SEPARATOR_BETWEEN_DIGITS.matcher(t).find();
    }

    /** Digits, separators and the letters that pass for digits, starting with a digit. */
    private static final Pattern DIGITS_AND_LOOKALIKES = Pattern.compile("-?\\d[\\d,.OoIl]*");
    private static final Pattern SEPARATOR_BETWEEN_DIGITS = Pattern.compile("\\d[,.]\\d");

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
