package org.budgetkg.interpret;

import java.util.List;
import org.budgetkg.model.SourceRef;
import org.budgetkg.model.Text;
import org.budgetkg.model.TextLine;

/**
 * Narrative lines normalised and joined with nothing between them, because printed lines wrap mid-sentence
 * (and mid-name); every character remembers the line it came from so that findings keep their place.
 */
final class JoinedText {
    final String text;
    private final SourceRef[] refs;

    JoinedText(List<TextLine> lines) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayList<SourceRef> r = new java.util.ArrayList<>();
        for (TextLine line : lines) {
            // the line's label: its tabs (cell breaks) are white space like any other, so cells run together as words do
            String l = line.label();
            if (l.isEmpty()) continue;
            // words of Latin script keep a space across the wrap; digits do not (amounts wrap mid-number)
            if (sb.length() > 0 && Character.isLetter(sb.codePointBefore(sb.length())) && !Text.isHan(sb.codePointBefore(sb.length()))
                    && Character.isLetter(l.codePointAt(0)) && !Text.isHan(l.codePointAt(0))) {
                sb.append(' ');
                r.add(line.ref());
            }
            sb.append(l);
            for (int i = 0; i < l.length(); i++) r.add(line.ref());
        }
        text = sb.toString();
        refs = r.toArray(new SourceRef[0]);
    }

    SourceRef refAt(int offset) {
        if (refs.length == 0) return null;
        return refs[Math.max(0, Math.min(offset, refs.length - 1))];
    }
}
