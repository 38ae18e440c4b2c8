package org.budgetkg.ingest.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Collects a page's table rulings from its path operators: stroked lines and rectangle edges, and thin filled
 * rectangles (Chromium draws cell borders as 0.75 pt fills), whether drawn with {@code re} or outlined with straight
 * lines (WPS draws each border as a four-cornered polygon 0.3 pt thick). Large fills (backgrounds) are not rulings.
 * <p>
 * It listens to the same pass that reads the page's text ({@link #listenTo}): parsing a content stream is most of
 * what reading a PDF costs, and a second pass for the drawing alone doubled it.
 */
final class RulingCollector {
    private static final double THIN = 3.0;
    private final double pageHeight, left;
    private final List<double[]> path = new ArrayList<>();
    private final List<double[]> rects = new ArrayList<>();
    /** The subpaths of the path under way that lines and curves drew (rectangles are in {@link #rects}). */
    private final List<Subpath> outlines = new ArrayList<>();
    private Subpath outline;
    private Point2D current = new Point2D.Float();
    private final List<Ruling> rulings = new ArrayList<>();

    RulingCollector(PDPage page) {
        // the frame PDFBox reads text in: from the crop box's top left corner (a box that does not start at 0,0 moves it)
        this.pageHeight = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
        this.left = page.getCropBox().getLowerLeftX();
    }

    List<Ruling> rulings() { return rulings; }

    /**
     * Adds the path construction and painting operators to an engine that reads the page, feeding this collector. Points
     * are placed by the engine's current transformation, as PDFBox's own graphics operators place them; clipping and
     * shading change no ruling and are left to the engine.
     */
    void listenTo(PDFStreamEngine engine) {
        engine.addOperator(new PathOperator(engine, OperatorName.MOVE_TO, 2, (e, v) -> moveTo(e.transformedPoint(v[0], v[1]))));
        engine.addOperator(new PathOperator(engine, OperatorName.LINE_TO, 2, (e, v) -> lineTo(e.transformedPoint(v[0], v[1]))));
        engine.addOperator(new PathOperator(engine, OperatorName.CURVE_TO, 6, (e, v) -> curveTo(e.transformedPoint(v[4], v[5]))));
        engine.addOperator(new PathOperator(engine, OperatorName.CURVE_TO_REPLICATE_INITIAL_POINT, 4,
                (e, v) -> curveTo(e.transformedPoint(v[2], v[3]))));
        engine.addOperator(new PathOperator(engine, OperatorName.CURVE_TO_REPLICATE_FINAL_POINT, 4,
                (e, v) -> curveTo(e.transformedPoint(v[2], v[3]))));
        engine.addOperator(new PathOperator(engine, OperatorName.APPEND_RECT, 4, (e, v) -> appendRectangle(
                e.transformedPoint(v[0], v[1]), e.transformedPoint(v[0] + v[2], v[1]),
                e.transformedPoint(v[0] + v[2], v[1] + v[3]), e.transformedPoint(v[0], v[1] + v[3]))));
        for (String stroke : List.of(OperatorName.STROKE_PATH, OperatorName.CLOSE_AND_STROKE, OperatorName.FILL_NON_ZERO_AND_STROKE,
                OperatorName.FILL_EVEN_ODD_AND_STROKE, OperatorName.CLOSE_FILL_NON_ZERO_AND_STROKE,
                OperatorName.CLOSE_FILL_EVEN_ODD_AND_STROKE)) {
            // a path both filled and stroked draws its outline: its edges are rulings as a stroked path's are
            engine.addOperator(new PathOperator(engine, stroke, 0, (e, v) -> strokePath()));
        }
        for (String fill : List.of(OperatorName.FILL_NON_ZERO, OperatorName.LEGACY_FILL_NON_ZERO, OperatorName.FILL_EVEN_ODD)) {
            engine.addOperator(new PathOperator(engine, fill, 0, (e, v) -> fillPath()));
        }
        engine.addOperator(new PathOperator(engine, OperatorName.ENDPATH, 0, (e, v) -> endPath()));
    }

    private void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double x1 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double x2 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double y1 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double y2 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rects.add(new double[] {x1 - left, pageHeight - y2, x2 - left, pageHeight - y1});
        current = p0;
        outline = null;
    }

    private void moveTo(Point2D to) {
        current = to;
        outline = null;
    }

    private void lineTo(Point2D to) {
        path.add(new double[] {current.getX() - left, pageHeight - current.getY(), to.getX() - left, pageHeight - to.getY()});
        extendOutline(to, true);
        current = to;
    }

    private void curveTo(Point2D to) {
        extendOutline(to, false);
        current = to;
    }

    /** Adds a segment from the current point to the subpath under way (begun at the current point if none is). */
    private void extendOutline(Point2D to, boolean straight) {
        if (outline == null) {
            outline = new Subpath(current.getX() - left, pageHeight - current.getY());
            outlines.add(outline);
        }
        outline.extend(to.getX() - left, pageHeight - to.getY());
        if (!straight) outline.curved = true;
    }

    /** A subpath begun by a move: its bounds in page space, and whether a curve drew part of it (then it is no ruling). */
    private static final class Subpath {
        double left, top, right, bottom;
        boolean curved;

        Subpath(double x, double y) {
            left = right = x;
            top = bottom = y;
        }

        void extend(double x, double y) {
            left = Math.min(left, x);
            top = Math.min(top, y);
            right = Math.max(right, x);
            bottom = Math.max(bottom, y);
        }
    }

    private void endPath() {
        path.clear();
        rects.clear();
        outlines.clear();
        outline = null;
    }

    private void strokePath() {
        for (double[] s : path) segment(s[0], s[1], s[2], s[3]);
        for (double[] r : rects) {
            segment(r[0], r[1], r[2], r[1]);
            segment(r[0], r[3], r[2], r[3]);
            segment(r[0], r[1], r[0], r[3]);
            segment(r[2], r[1], r[2], r[3]);
        }
        endPath();
    }

    private void fillPath() {
        for (double[] r : rects) thinFill(r[0], r[1], r[2], r[3]);
        for (Subpath o : outlines) if (!o.curved) thinFill(o.left, o.top, o.right, o.bottom);
        endPath();
    }

    /** A filled shape no more than {@link #THIN} across and longer than that is a ruling along its length. */
    private void thinFill(double left, double top, double right, double bottom) {
        double w = right - left, h = bottom - top;
        if (w <= THIN && h > THIN) rulings.add(new Ruling(false, (left + right) / 2, top, bottom));
        else if (h <= THIN && w > THIN) rulings.add(new Ruling(true, (top + bottom) / 2, left, right));
    }

    private void segment(double x1, double y1, double x2, double y2) {
        if (Math.abs(y1 - y2) < 1.0 && Math.abs(x1 - x2) > THIN) {
            rulings.add(new Ruling(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) < 1.0 && Math.abs(y1 - y2) > THIN) {
            rulings.add(new Ruling(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
        }
    }

    /** What a path operator does with its numeric operands, given the engine that places points. */
    private interface PathAction {
        void apply(PDFStreamEngine engine, float[] operands);
    }

    /**
     * One path operator: it takes its first {@code arity} operands as numbers and does nothing when they are missing or
     * not numbers (PDFBox's own operators skip such an operator too, with a log line).
     */
    private static final class PathOperator extends OperatorProcessor {
        private final String name;
        private final int arity;
        private final PathAction action;

        PathOperator(PDFStreamEngine engine, String name, int arity, PathAction action) {
            super(engine);
            this.name = name;
            this.arity = arity;
            this.action = action;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) {
            if (operands.size() < arity) return;
            float[] values = new float[arity];
            for (int i = 0; i < arity; i++) {
                if (!(operands.get(i) instanceof COSNumber number)) return;
                values[i] = number.floatValue();
            }
            action.apply(getContext(), values);
        }

        @Override
        public String getName() { return name; }
    }
}
