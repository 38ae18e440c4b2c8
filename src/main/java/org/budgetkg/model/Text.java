package org.budgetkg.model;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** The contract's text normalisation: NFKC, no white space touching a CJK character. */
public final class Text {
    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d+|-?\\d{1,3}(,\\d{3})+");

    private Text() {}

    public static String nfkc(String s) {
        // most lines are already NFKC; the check is cheaper than normalising, and a scan for characters NFKC never
        // changes (nor joins to what stands before them) cheaper than the check
        if (unchangedByNfkc(s)) return s;
        return Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /**
     * Whether every character is one NFKC keeps as it is whatever surrounds it: ASCII, the CJK Unified Ideographs, the
     * curly quotes and the CJK brackets and stops (、。《》【】〔〕). Fullwidth forms and the ideographic space are not.
     */
    private static boolean unchangedByNfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 || (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u2018' && c <= '\u201F') || c == '\u3001' || c == '\u3002'
                    || (c >= '\u3008' && c <= '\u3011') || (c >= '\u3014' && c <= '\u301B')) continue;
            return false;
        }
        return true;
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

    /** The text without the white space a regular expression's {@code \\s} matches (ASCII: space, tab, line ends). */
    public static String withoutWhiteSpace(String s) {
        int i = 0;
        while (i < s.length() && !isRegexSpace(s.charAt(i))) i++;
        if (i == s.length()) return s;
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) if (!isRegexSpace(s.charAt(i))) out.append(s.charAt(i));
        return out.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
        String t = withoutWhiteSpace(nfkc(s));
        if (isAmount(t) || !DIGITS_AND_LOOKALIKES.matcher(t).matches()) return false;
        return t.chars().anyMatch(c -> "OoIl".indexOf(c) >= 0) || SEPARATOR_BETWEEN_DIGITS.matcher(t).find();
    }

    /** Digits, separators and the letters that pass for digits, starting with a digit. */
    private static final Pattern DIGITS_AND_LOOKALIKES = Pattern.compile("-?\\d[\\d,.OoIl]*");
    private static final Pattern SEPARATOR_BETWEEN_DIGITS = Pattern.compile("\\d[,.]\\d");

    /** The amount a cell prints, tolerating spaces inside it ({@code 3, 245. 06}); null when it is not one. */
    public static BigDecimal amount(String s) {
        String t = withoutWhiteSpace(nfkc(s));
        if (!isAmount(t)) return null;
        return new BigDecimal(t.replace(",", ""));
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
