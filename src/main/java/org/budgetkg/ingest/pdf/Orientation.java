package org.budgetkg.ingest.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Brings a page's rulings into the frame its glyphs are read in. Glyph positions come adjusted for the page's
 * rotation and the text's direction (a table drawn turned on a page turned back reads upright), while rulings are
 * drawn in the page's own space: on a turned page (/Rotate 90, or a landscape table set sideways) the rows would
 * meet column rulings and no cell would hold its text. The turn is measured, not assumed: the quarter turn that maps
 * where most glyphs were drawn onto where they are read.
 */
final class Orientation {
    /** The linear part of the four quarter turns, as {a, b, d, e}: x' = a·x + b·y + c, y' = d·x + e·y + f. */
    private static final double[][] TURNS = {{1, 0, 0, 1}, {0, -1, 1, 0}, {-1, 0, 0, -1}, {0, 1, -1, 0}};
    /** How far (points) a glyph may land from where the turn puts it and still count as fitting it. */
    private static final double FIT = 2.0;

    /** Where a glyph was drawn (page space, top-down) and where it is read: {drawnX, drawnY, readX, readY}. */
    record Sample(double drawnX, double drawnY, double readX, double readY) {}

    private Orientation() {}

    /** The rulings in the glyphs' frame: unchanged unless most glyphs fit a quarter turn better than none. */
    static List<Ruling> align(List<Ruling> rulings, List<Sample> samples) {
        if (rulings.isEmpty() || samples.size() < 10) return rulings;
        int best = 0;
        double[] bestOffset = offset(TURNS[0], samples);
        int bestFits = fits(TURNS[0], bestOffset, samples);
        // an upright page, as most are: no turn can fit more glyphs than all of them
        if (bestFits == samples.size()) return rulings;
        for (int t = 1; t < TURNS.length; t++) {
            double[] offset = offset(TURNS[t], samples);
            int fits = fits(TURNS[t], offset, samples);
            if (fits > bestFits) { best = t; bestFits = fits; bestOffset = offset; }
        }
        if (best == 0 || bestFits < samples.size() / 2) return rulings;
        double[] m = TURNS[best];
        List<Ruling> out = new ArrayList<>(rulings.size());
        for (Ruling r : rulings) {
            double x1 = r.horizontal() ? r.from() : r.at(), y1 = r.horizontal() ? r.at() : r.from();
            double x2 = r.horizontal() ? r.to() : r.at(), y2 = r.horizontal() ? r.at() : r.to();
            double u1 = m[0] * x1 + m[1] * y1 + bestOffset[0], v1 = m[2] * x1 + m[3] * y1 + bestOffset[1];
            double u2 = m[0] * x2 + m[1] * y2 + bestOffset[0], v2 = m[2] * x2 + m[3] * y2 + bestOffset[1];
            // a quarter turn makes a horizontal ruling vertical and back
            boolean horizontal = Math.abs(v1 - v2) < Math.abs(u1 - u2);
            out.add(horizontal ? new Ruling(true, (v1 + v2) / 2, Math.min(u1, u2), Math.max(u1, u2))
                    : new Ruling(false, (u1 + u2) / 2, Math.min(v1, v2), Math.max(v1, v2)));
        }
        return out;
    }

    /** The translation that goes with a turn: the median of what is left once the turn is applied. */
    private static double[] offset(double[] m, List<Sample> samples) {
        double[] dx = new double[samples.size()], dy = new double[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            dx[i] = s.readX() - (m[0] * s.drawnX() + m[1] * s.drawnY());
            dy[i] = s.readY() - (m[2] * s.drawnX() + m[3] * s.drawnY());
        }
        return new double[] {median(dx), median(dy)};
    }

    private static int fits(double[] m, double[] offset, List<Sample> samples) {
        int n = 0;
        for (Sample s : samples) {
            double x = m[0] * s.drawnX() + m[1] * s.drawnY() + offset[0], y = m[2] * s.drawnX() + m[3] * s.drawnY() + offset[1];
            if (Math.abs(x - s.readX()) <= FIT && Math.abs(y - s.readY()) <= FIT) n++;
        }
        return n;
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
