package dev.netlint.core.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A compute subnet drawn to scale as an SVG bar for the HTML report: the pools as patterned spans above
 * it with their labels in lanes, the addresses inside it as shapes below it (one shape per kind), and
 * the first address, the quarters and the last under it. A label that finds no lane is left out and
 * counted in the caption.
 */
final class SubnetBar {

    /** The width of a bar's drawing, in CSS pixels; the subnet spans {@link #BAR} of it. */
    private static final int WIDTH = 960;
    private static final int LEFT = 20;
    private static final int BAR = 920;
    private static final int BAR_HEIGHT = 34;
    private static final int LANE = 15;
    private static final int MAX_LANES = 12;
    /** The advance of one character of the labels' monospace font at 11px. */
    private static final double CHAR = 6.7;

    private SubnetBar() {
    }

    /** A label placed in a lane above or below the bar: {@code lane} -1 when no lane had room. */
    private record Label(Picture.Element element, double anchor, double start, int width, int lane) {
    }

    /** Draws one compute subnet with what lies in it, as a figure with its caption. */
    static void draw(StringBuilder page, Picture.Bar bar) {
        BigInteger low = bar.subnet().getValue();
        BigDecimal size = new BigDecimal(bar.subnet().getUpperValue().subtract(low).add(BigInteger.ONE));
        List<Label> above = new ArrayList<>();
        double[] ends = new double[MAX_LANES];
        Arrays.fill(ends, Double.NEGATIVE_INFINITY);
        for (Picture.Span span : bar.spans()) {
            double x = x(span.first(), low, size);
            above.add(place(span.element(), x, ends));
        }
        int lanesAbove = lanes(above);
        List<Label> below = new ArrayList<>();
        Arrays.fill(ends, Double.NEGATIVE_INFINITY);
        double cell = BAR / size.doubleValue();
        for (Picture.Point point : bar.points()) {
            double x = x(point.value(), low, size) + Math.min(cell, 12) / 2;
            below.add(place(point.element(), x, ends));
        }
        int lanesBelow = lanes(below);
        int barY = 8 + lanesAbove * LANE + 10;
        int scaleY = barY + BAR_HEIGHT + 26;
        int belowY = scaleY + 8;
        int height = belowY + Math.max(1, lanesBelow) * LANE + 8;
        String subnet = bar.subnet().toCanonicalString();
        String caption = subnet + ", the subnet of the compute port " + bar.port() + ": "
                + bar.subnet().getCount() + " addresses";
        page.append("<figure class=\"bar\">\n<svg class=\"subnet-bar\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-label=\"").append(Html.text(caption)).append("\">\n");
        page.append("<title>").append(Html.text(caption)).append("</title>\n");
        page.append("<rect class=\"subnet\" x=\"").append(LEFT).append("\" y=\"").append(barY).append("\" width=\"")
                .append(BAR).append("\" height=\"").append(BAR_HEIGHT).append("\"/>\n");
        scale(page, bar, barY, scaleY);
        for (int i = 0; i < bar.spans().size(); i++) {
            Picture.Span span = bar.spans().get(i);
            Label label = above.get(i);
            double x1 = x(span.first(), low, size);
            double x2 = x(span.last().add(BigInteger.ONE), low, size);
            double w = Math.max(3, x2 - x1);
            Picture.Element e = span.element();
            page.append("<g").append(attributes(e)).append(">").append(title(e)).append("\n<rect class=\"pool-shape\" x=\"").append(fmt(x1))
                    .append("\" y=\"").append(barY).append("\" width=\"").append(fmt(w)).append("\" height=\"")
                    .append(BAR_HEIGHT).append("\"/>\n");
            if (label.lane() >= 0) {
                int y = barY - 10 - label.lane() * LANE;
                page.append("<line class=\"leader\" x1=\"").append(fmt(x1 + 1)).append("\" y1=\"").append(y + 3)
                        .append("\" x2=\"").append(fmt(x1 + 1)).append("\" y2=\"").append(barY).append("\"/>\n");
                text(page, label, y, span.clipped() ? " (partly outside)" : "");
            }
            page.append("</g>\n");
        }
        int bottom = barY + BAR_HEIGHT;
        for (int i = 0; i < bar.points().size(); i++) {
            Label label = below.get(i);
            Picture.Element e = label.element();
            double x = label.anchor();
            page.append("<g").append(attributes(e)).append(">").append(title(e)).append("\n<line class=\"tick\" x1=\"").append(fmt(x)).append("\" y1=\"")
                    .append(barY).append("\" x2=\"").append(fmt(x)).append("\" y2=\"").append(bottom).append("\"/>\n");
            symbol(page, e.kind(), x, bottom - 9);
            if (label.lane() >= 0) {
                int y = belowY + 11 + label.lane() * LANE;
                page.append("<line class=\"leader\" x1=\"").append(fmt(x)).append("\" y1=\"").append(bottom)
                        .append("\" x2=\"").append(fmt(x)).append("\" y2=\"").append(y - 9).append("\"/>\n");
                text(page, label, y, "");
            }
            page.append("</g>\n");
        }
        page.append("</svg>\n<figcaption>").append(Html.text(caption));
        long unlabelled = above.stream().filter(l -> l.lane() < 0).count() + below.stream().filter(l -> l.lane() < 0).count();
        if (unlabelled > 0) {
            page.append("; ").append(unlabelled).append(" marks without a label for want of room");
        }
        if (bar.leftOut() > 0) {
            page.append("; ").append(bar.leftOut()).append(" more addresses not drawn");
        }
        page.append("</figcaption>\n</figure>\n");
    }

    /** The first and last address and the quarters, under the bar. */
    private static void scale(StringBuilder page, Picture.Bar bar, int barY, int scaleY) {
        BigInteger low = bar.subnet().getValue();
        BigInteger count = bar.subnet().getCount();
        for (int q = 0; q <= 4; q++) {
            BigInteger offset = q == 4 ? count.subtract(BigInteger.ONE) : count.multiply(BigInteger.valueOf(q))
                    .divide(BigInteger.valueOf(4));
            if (q > 0 && q < 4 && count.compareTo(BigInteger.valueOf(8)) < 0) {
                continue;
            }
            double x = LEFT + (q == 4 ? BAR : BAR * q / 4.0);
            String text = fitsLong(offset)
                    ? bar.subnet().getLower().withoutPrefixLength().increment(offset.longValue()).toCanonicalString()
                    : "+" + offset;
            String anchor = q == 0 ? "start" : q == 4 ? "end" : "middle";
            page.append("<line class=\"scale\" x1=\"").append(fmt(x)).append("\" y1=\"").append(barY + BAR_HEIGHT)
                    .append("\" x2=\"").append(fmt(x)).append("\" y2=\"").append(barY + BAR_HEIGHT + 6).append("\"/>")
                    .append("<text class=\"scale\" x=\"").append(fmt(x)).append("\" y=\"").append(scaleY - 6)
                    .append("\" text-anchor=\"").append(anchor).append("\">").append(Html.text(text)).append("</text>\n");
        }
    }

    private static boolean fitsLong(BigInteger value) {
        return value.bitLength() < 63;
    }

    private static void text(StringBuilder page, Label label, int y, String suffix) {
        Picture.Element e = label.element();
        page.append("<text class=\"label\" x=\"").append(fmt(label.start())).append("\" y=\"").append(y).append("\">")
                .append(Html.text(e.label() + suffix));
        for (int n : e.findings()) {
            page.append(" <tspan class=\"finding-mark\">[").append(n).append("]</tspan>");
        }
        page.append("</text>\n");
    }

    /** The shape of an address on the bar: one per kind, so that the picture reads without colour. */
    private static void symbol(StringBuilder page, Picture.Kind kind, double x, int y) {
        String cx = fmt(x);
        switch (kind) {
            case INTERFACE -> page.append("<path class=\"symbol\" d=\"M").append(fmt(x - 5)).append(' ').append(y + 5)
                    .append(" L").append(cx).append(' ').append(y - 5).append(" L").append(fmt(x + 5)).append(' ')
                    .append(y + 5).append(" Z\"/>\n");
            case GATEWAY -> page.append("<path class=\"symbol\" d=\"M").append(cx).append(' ').append(y - 6).append(" L")
                    .append(fmt(x + 6)).append(' ').append(y).append(" L").append(cx).append(' ').append(y + 6)
                    .append(" L").append(fmt(x - 6)).append(' ').append(y).append(" Z\"/>\n");
            case DNS -> page.append("<circle class=\"symbol\" cx=\"").append(cx).append("\" cy=\"").append(y)
                    .append("\" r=\"5\"/>\n");
            case LOAD_BALANCER -> page.append("<rect class=\"symbol\" x=\"").append(fmt(x - 4)).append("\" y=\"")
                    .append(y - 4).append("\" width=\"8\" height=\"8\"/>\n");
            default -> page.append("<path class=\"symbol cross\" d=\"M").append(fmt(x - 5)).append(' ').append(y - 5)
                    .append(" L").append(fmt(x + 5)).append(' ').append(y + 5).append(" M").append(fmt(x - 5)).append(' ')
                    .append(y + 5).append(" L").append(fmt(x + 5)).append(' ').append(y - 5).append("\"/>\n");
        }
    }

    /** Puts a label in the first lane with room at its anchor; lane -1 when none has. */
    private static Label place(Picture.Element e, double anchor, double[] ends) {
        StringBuilder shown = new StringBuilder(TerminalText.printable(e.label()));
        for (int n : e.findings()) {
            shown.append(" [").append(n).append(']');
        }
        int width = (int) Math.ceil(shown.length() * CHAR) + 20;
        double start = Math.max(2, Math.min(anchor - 3, WIDTH - 2 - width));
        for (int lane = 0; lane < ends.length; lane++) {
            if (ends[lane] + 8 <= start) {
                ends[lane] = start + width;
                return new Label(e, anchor, start, width, lane);
            }
        }
        return new Label(e, anchor, start, width, -1);
    }

    private static int lanes(List<Label> labels) {
        int lanes = 0;
        for (Label label : labels) {
            lanes = Math.max(lanes, label.lane() + 1);
        }
        return lanes;
    }

    private static double x(BigInteger value, BigInteger low, BigDecimal size) {
        return LEFT + BAR * new BigDecimal(value.subtract(low)).divide(size, MathContext.DECIMAL64).doubleValue();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** What a browser shows when the pointer rests on a part of the picture. */
    private static String title(Picture.Element e) {
        return "<title>" + e.kind().word + ": " + Html.text(e.label()) + "</title>";
    }

    /** The id and classes of an element, the same on the bar and in the page's lists and tables. */
    static String attributes(Picture.Element e) {
        return " id=\"" + e.id() + "\" class=\"el " + e.kind().css() + (e.flagged() ? " flagged" : "") + "\"";
    }
}
