package org.budgetkg.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetkg.model.PolicyCitation;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.Text;

/**
 * Finds the policy documents a sentence cites: 《titles》 (which may nest 〈〉 or ＜＞) and 文号 in any bracket
 * style, pairing a number with the title printed just before it. Numbers come out canonical:
 * {@code 新人社发〔2018〕51号}.
 */
public final class Citations {
    private static final Pattern TITLE = Pattern.compile("《((?:[^《》]|《[^《》]*》)+)》");
    private static final Pattern NUMBER = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,20})\\s*[〔【\\[(﹝]\\s*((?:19|20)\\d{2})\\s*[〕】\\])﹞]\\s*第?\\s*(\\d{1,4})\\s*号");
    private static final Pattern ORDER = Pattern.compile("([\\p{IsHan}]{2,30}令)\\s*第\\s*(\\d{1,4})\\s*号");
    /** The bracketed year every 文号 prints (〔2018〕): where a search for one starts. */
    private static final Pattern BRACKETED_YEAR = Pattern.compile("[〔【\\[(﹝]\\s*(?:19|20)\\d{2}");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:.*?(?:根据|按照|依据|依照|参照|和|及|与|以及|印发|转发|文件|通知|办法|意见|规定|条例))");
    private static final int MAX_ISSUER = 8;
    /** What may stand between a title and its number: nothing, an opening bracket, a space. */
    private static final Pattern ATTACHED = Pattern.compile("^[\\s(（\\[【,，:：]*$");

    private Citations() {}

    /** The canonical form of a printed 文号, or null when the text is not one. */
    public static String canonicalNumber(String printed) {
        Matcher m = NUMBER.matcher(Text.withoutWhiteSpace(Text.nfkc(printed)));
        if (m.find()) return issuer(m.group(1)) + "〔" + m.group(2) + "〕" + Integer.parseInt(m.group(3)) + "号";
        Matcher o = ORDER.matcher(Text.withoutWhiteSpace(Text.nfkc(printed)));
        return o.find() ? o.group(1) + "第" + o.group(2) + "号" : null;
    }

    static String issuer(String run) {
        String s = run.replaceFirst("^(根据|按照|依据|依照|参照|以及|和|及|与|见)+", "");
        if (s.length() > MAX_ISSUER) {
            Matcher lw = LEADING_WORDS.matcher(s);
            if (lw.find() && lw.end() < s.length()) s = s.substring(lw.end());
            if (s.length() > MAX_ISSUER) s = s.substring(s.length() - MAX_ISSUER);
        }
        return s;
    }

    /**
     * The earliest a number whose bracket stands at {@code bracket} can start: before the white space there, its
     * issuer's run of at most 20 letters (each one or two chars).
     */
    private static int issuerFrom(String s, int bracket) {
        int i = bracket;
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) i--;
        return Math.max(0, i - 40);
    }

    public static List<PolicyCitation> find(String text, java.util.function.IntFunction<SourceRef> refAt) {
        String s = Text.nfkc(text);
        List<PolicyCitation> out = new ArrayList<>();
        List<int[]> titleSpans = new ArrayList<>();
        Matcher t = TITLE.matcher(s);
        while (t.find()) titleSpans.add(new int[] {t.start(), t.end()});
        boolean[] titleUsed = new boolean[titleSpans.size()];
        List<int[]> numbers = new ArrayList<>();
        List<String> canon = new ArrayList<>();
        // both kinds of number end in 号: text without one is not scanned for them (the issuer's run is costly to try)
        boolean numbered = s.indexOf('号') >= 0;
        Matcher n = NUMBER.matcher(s);
        // a number is searched for from a little before each bracketed year: the issuer's run, tried from every
        // position of the text, cost more than the rest of the reading of citations
        Matcher year = BRACKETED_YEAR.matcher(s);
        int searched = 0;
        while (numbered && year.find()) {
            if (year.start() < searched) continue; // inside the number found last
            n.region(Math.max(searched, issuerFrom(s, year.start())), s.length());
            if (!n.find()) break;
            searched = n.end();
            if (insideTitle(titleSpans, n.start())) continue;
            String issuer = issuer(n.group(1));
            // where the issuer really starts: words such as 和/根据 that the match took in are not part of it
            numbers.add(new int[] {n.start(1) + n.group(1).length() - issuer.length(), n.end()});
            canon.add(issuer + "〔" + n.group(2) + "〕" + Integer.parseInt(n.group(3)) + "号");
        }
        Matcher o = ORDER.matcher(s);
        boolean ordered = numbered && s.indexOf('令') >= 0; // …令第N号 names its issuer's 令
        while (ordered && o.find()) {
            if (insideTitle(titleSpans, o.start())) {
                // a law or 令 printed as a title's own content still names the document
            }
            numbers.add(new int[] {o.start(), o.end()});
            canon.add(o.group(1) + "第" + o.group(2) + "号");
        }
        for (int i = 0; i < numbers.size(); i++) {
            int start = numbers.get(i)[0];
            String title = null;
            for (int k = titleSpans.size() - 1; k >= 0; k--) {
                int[] span = titleSpans.get(k);
                if (span[1] <= start && ATTACHED.matcher(s.substring(span[1], start)).matches() && !titleUsed[k]) {
                    title = clean(s.substring(span[0] + 1, span[1] - 1));
                    titleUsed[k] = true;
                    break;
                }
            }
            if (title == null) {
                for (int k = 0; k < titleSpans.size(); k++) {
                    int[] span = titleSpans.get(k);
                    if (start > span[0] && start < span[1] && !titleUsed[k]) {
                        title = clean(s.substring(span[0] + 1, span[1] - 1));
                        titleUsed[k] = true;
                    }
                }
            }
            out.add(new PolicyCitation(canon.get(i), title, refAt.apply(start)));
        }
        for (int k = 0; k < titleSpans.size(); k++) {
            if (titleUsed[k]) continue;
            int[] span = titleSpans.get(k);
            out.add(new PolicyCitation(null, clean(s.substring(span[0] + 1, span[1] - 1)), refAt.apply(span[0])));
        }
        return out;
    }

    private static boolean insideTitle(List<int[]> spans, int pos) {
        for (int[] sp : spans) if (pos > sp[0] && pos < sp[1]) return true;
        return false;
    }

    private static String clean(String title) {
        return Text.label(title);
    }
}
