package org.ossatlas.analytics.charts;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * The Graphics2D XChart paints on: VectorGraphics2D keeps the graphics state, and every fill and
 * draw is recorded here as a shape in page coordinates with its colour. XChart outlines all text as
 * glyph paths (about 300 KiB a chart through VectorGraphics2D's own SVG writer), so charts are
 * painted without text and {@link Svg} adds real {@code <text>} elements.
 */
final class SvgCanvas extends VectorGraphics2D {
  /** One painted shape. */
  record Op(boolean fill, Shape shape, Color color) {}

  private final List<Op> ops;

  SvgCanvas() {
    this.ops = new ArrayList<>();
  }

  @Override
  public void fill(Shape s) {
    record(true, s);
  }

  @Override
  public void draw(Shape s) {
    if (getStroke() instanceof BasicStroke stroke && stroke.getLineWidth() == 0) {
      return;
    }
    record(false, s);
  }

  /** Everything painted so far, in order (shared with graphics made by {@code create()}). */
  List<Op> ops() {
    return ops;
  }

  private void record(boolean fill, Shape s) {
    Color color = getPaint() instanceof Color c ? c : getColor();
    if (color == null || color.getAlpha() == 0) {
      return;
    }
    ops.add(new Op(fill, getTransform().createTransformedShape(s), color));
  }
}
