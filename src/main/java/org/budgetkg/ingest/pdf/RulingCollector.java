package org.budgetkg.ingest.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects a page's table rulings from its drawing operators: stroked lines and rectangle edges, and thin
 * filled rectangles (Chromium draws cell borders as 0.75 pt fills). Large fills (backgrounds) are not rulings.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
    private static final double THIN = 3.0;
    private final double pageHeight, left;
    private final List<double[]> path = new ArrayList<>();
    private final List<double[]> rects = new ArrayList<>();
    private Point2D current = new Point2D.Float();
    final List<Ruling> rulings = new ArrayList<>();

    RulingCollector(PDPage page) {
        super(page);
        // the frame PDFBox reads text in: from the crop box's top left corner (a box that does not start at 0,0 moves it)
        this.pageHeight = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
        this.left = page.getCropBox().getLowerLeftX();
    }

    static List<Ruling> collect(PDPage page) throws IOException {
        RulingCollector c = new RulingCollector(page);
        c.processPage(page);
        return c.rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double x1 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        double x2 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        double y1 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        double y2 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rects.add(new double[] {x1 - left, pageHeight - y2, x2 - left, pageHeight - y1});
        current = p0;
    }

    @Override public void moveTo(float x, float y) { current = new Point2D.Float(x, y); }

    @Override
    public void lineTo(float x, float y) {
        path.add(new double[] {current.getX() - left, pageHeight - current.getY(), x - left, pageHeight - y});
        current = new Point2D.Float(x, y);
    }

    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { current = new Point2D.Float(x3, y3); }
    @Override public Point2D getCurrentPoint() { return current; }
    @Override public void closePath() { }
    @Override public void endPath() { path.clear(); rects.clear(); }
    @Override public void drawImage(PDImage pdImage) { }
    @Override public void clip(int windingRule) { }
    @Override public void shadingFill(COSName shadingName) { }

    @Override
    public void strokePath() {
        for (double[] s : path) segment(s[0], s[1], s[2], s[3]);
        for (double[] r : rects) {
            segment(r[0], r[1], r[2], r[1]);
            segment(r[0], r[3], r[2], r[3]);
            segment(r[0], r[1], r[0], r[3]);
            segment(r[2], r[1], r[2], r[3]);
        }
        path.clear();
        rects.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (double[] r : rects) {
            double w = r[2] - r[0], h = r[3] - r[1];
            if (w <= THIN && h > THIN) rulings.add(new Ruling(false, (r[0] + r[2]) / 2, r[1], r[3]));
            else if (h <= THIN && w > THIN) rulings.add(new Ruling(true, (r[1] + r[3]) / 2, r[0], r[2]));
        }
        path.clear();
        rects.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) { strokePath(); }

    private void segment(double x1, double y1, double x2, double y2) {
        if (Math.abs(y1 - y2) < 1.0 && Math.abs(x1 - x2) > THIN) {
            rulings.add(new Ruling(true, (y1 + y2) / 2, Math.min(x1, x2), Math.max(x1, x2)));
        } else if (Math.abs(x1 - x2) < 1.0 && Math.abs(y1 - y2) > THIN) {
            rulings.add(new Ruling(false, (x1 + x2) / 2, Math.min(y1, y2), Math.max(y1, y2)));
        }
    }
}
