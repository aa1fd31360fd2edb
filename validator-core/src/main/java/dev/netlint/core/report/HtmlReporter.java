package dev.netlint.core.report;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.Related;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.SourceText;
import dev.netlint.core.result.DeviceResult;
import dev.netlint.core.result.Report;
import dev.netlint.core.rule.RegisteredRule;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One self-contained HTML page: inline CSS and SVG, no script, nothing fetched (its content security
 * policy forbids it, so a browser would say if anything tried). Per device: each compute subnet drawn to
 * scale as a bar with the node and service pools, the interface addresses, gateways, DNS servers,
 * load-balancer IPs and route next hops inside it; what lies outside it; the cluster's subnets; each
 * required network with how the VMs reach it; the routes; and every finding with its file, line and
 * source line, numbered, its number marked on the parts of the picture it concerns. Nothing depends on
 * colour alone: pools have patterns, addresses shapes, and everything a label in words. Every name from
 * the input is made printable (no control or bidirectional character reaches the page) and escaped.
 *
 * <p>The picture needs the device as the rules saw it: an engine that keeps it
 * ({@link #needsModels}); a device checked without it gets its findings only.
 */
public final class HtmlReporter implements Reporter {

    private final String title;
    /** Lines listed in the header under the summary (what a diff changes), each made printable and escaped. */
    private final List<String> listed;

    public HtmlReporter() {
        this("netlint report");
    }

    /** A page with its own title (the Maven report names the project). */
    public HtmlReporter(String title) {
        this(title, List.of());
    }

    /** A page with its own title and a list of lines in its header ({@code netlint diff}: the changes). */
    public HtmlReporter(String title, List<String> listed) {
        this.title = title;
        this.listed = List.copyOf(listed);
    }

    @Override
    public boolean needsModels() {
        return true;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';")
                .append(" img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"").append(Version.NAME).append(' ').append(Version.VERSION)
                .append("\">\n<title>").append(Html.text(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        page.append(PATTERNS);
        page.append("<header>\n<h1>").append(Html.text(title)).append("</h1>\n<p class=\"summary\">")
                .append(Html.text(TextReporter.summary(report.summary()))).append("</p>\n");
        if (!listed.isEmpty()) {
            page.append("<ul class=\"changes\">\n");
            for (String line : listed) {
                page.append("<li>").append(Html.text(line)).append("</li>\n");
            }
            page.append("</ul>\n");
        }
        page.append(LEGEND);
        index(page, report);
        page.append("</header>\n<main>\n");
        Map<String, RegisteredRule> fired = new TreeMap<>();
        for (int i = 0; i < report.devices().size(); i++) {
            device(page, "d" + (i + 1), report.devices().get(i), report, fired);
            out.write(page.toString());
            page.setLength(0);
        }
        rules(page, fired);
        page.append("</main>\n<footer><p>Written by ").append(Version.NAME).append(' ').append(Version.VERSION)
                .append(". Every address is drawn to scale within its subnet; a part that a finding concerns carries the"
                        + " finding's number.</p></footer>\n</body>\n</html>\n");
        out.write(page.toString());
    }

    private static void index(StringBuilder page, Report report) {
        if (report.devices().size() < 2) {
            return;
        }
        page.append("<nav><table class=\"index\"><thead><tr><th>device</th><th>errors</th><th>warnings</th>")
                .append("<th>infos</th></tr></thead><tbody>\n");
        for (int i = 0; i < report.devices().size(); i++) {
            DeviceResult device = report.devices().get(i);
            int[] counts = counts(device);
            page.append("<tr><td><a href=\"#d").append(i + 1).append("\">").append(Html.text(device.path()))
                    .append("</a></td><td>").append(counts[2]).append("</td><td>").append(counts[1]).append("</td><td>")
                    .append(counts[0]).append("</td></tr>\n");
        }
        page.append("</tbody></table></nav>\n");
    }

    /** Counted findings by severity: infos, warnings, errors. */
    private static int[] counts(DeviceResult device) {
        int[] counts = new int[3];
        for (Finding finding : device.findings()) {
            if (!finding.suppressed()) {
                counts[finding.severity().ordinal()]++;
            }
        }
        return counts;
    }

    private void device(StringBuilder page, String id, DeviceResult device, Report report, Map<String, RegisteredRule> fired) {
        int[] counts = counts(device);
        page.append("<section class=\"device\" id=\"").append(id).append("\">\n<h2>").append(Html.text(device.path()))
                .append("</h2>\n<p class=\"counts\">").append(plural(counts[2], "error")).append(", ")
                .append(plural(counts[1], "warning")).append(", ").append(plural(counts[0], "info"))
                .append(" &middot; files: ");
        for (int i = 0; i < device.files().size(); i++) {
            page.append(i == 0 ? "" : ", ").append("<code>").append(Html.text(device.files().get(i))).append("</code>");
        }
        page.append("</p>\n");
        List<Finding> counted = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (Finding finding : device.findings()) {
            (finding.suppressed() ? suppressed : counted).add(finding);
            report.rules().find(finding.rule()).ifPresent(rule -> fired.putIfAbsent(rule.id(), rule));
        }
        Map<Finding, List<Picture.Element>> marked = new HashMap<>();
        if (device.context() == null) {
            page.append("<p class=\"note\">No picture: this report was written without the devices' models.</p>\n");
        } else {
            Picture picture = Picture.of(id, device.context());
            FindingMarks marks = new FindingMarks(picture.elements);
            for (int n = 0; n < counted.size(); n++) {
                List<Picture.Element> concerned = marks.concerned(counted.get(n));
                marked.put(counted.get(n), concerned);
                for (Picture.Element e : concerned) {
                    e.findings().add(n + 1);
                }
            }
            picture(page, id, picture);
        }
        findings(page, id, device, counted, suppressed, marked);
        page.append("</section>\n");
    }

    private static void picture(StringBuilder page, String id, Picture picture) {
        page.append("<h3>Compute subnet</h3>\n");
        if (picture.bars.isEmpty()) {
            page.append("<p class=\"note\">").append(Html.text(picture.noSubnet == null ? "no compute subnet"
                    : picture.noSubnet)).append(".</p>\n");
        }
        for (Picture.Bar bar : picture.bars) {
            SubnetBar.draw(page, bar);
        }
        if (!picture.outside.isEmpty()) {
            page.append("<p>Outside the compute subnet:</p>\n<ul class=\"outside\">\n");
            for (Picture.Element e : picture.outside) {
                page.append("<li").append(SubnetBar.attributes(e)).append('>').append(Html.text(e.label())).append(badges(id, e)).append("</li>\n");
            }
            page.append("</ul>\n");
        }
        page.append("<p class=\"cluster\">Cluster subnets: ");
        for (int i = 0; i < picture.cluster.size(); i++) {
            Picture.Element e = picture.cluster.get(i);
            page.append(i == 0 ? "" : " &middot; ").append("<span").append(SubnetBar.attributes(e)).append('>')
                    .append(Html.text(e.label())).append(badges(id, e)).append("</span>");
        }
        page.append("</p>\n");
        networks(page, id, picture);
        routes(page, id, picture);
    }

    private static void networks(StringBuilder page, String id, Picture picture) {
        page.append("<h3>Required networks</h3>\n");
        if (picture.networks.isEmpty()) {
            page.append("<p class=\"note\">None declared.</p>\n");
            return;
        }
        page.append("<table class=\"networks\"><thead><tr><th>network</th><th>prefix</th><th>how the VMs reach it</th>")
                .append("</tr></thead><tbody>\n");
        for (Picture.NetworkRow row : picture.networks) {
            Picture.Element e = row.element();
            String name = row.network().name() == null ? "" : row.network().name().value();
            String prefix = row.network().block() == null ? "?" : row.network().block().toCanonicalString();
            page.append("<tr").append(SubnetBar.attributes(e)).append("><td>").append(Html.text(name)).append(badges(id, e))
                    .append("</td><td><code>").append(Html.text(prefix)).append("</code></td><td>");
            if (row.reach() == null) {
                page.append("unknown: the prefix could not be read");
            } else {
                page.append(reachGlyph(row.reach().kind())).append("<strong>").append(row.reach().kind().word)
                        .append("</strong>: ").append(Html.text(row.reach().text()));
            }
            page.append("</td></tr>\n");
        }
        page.append("</tbody></table>\n");
        more(page, picture.device.kubernetes().requiredNetworks().size(), picture.networks.size(), "required networks");
    }

    private static void routes(StringBuilder page, String id, Picture picture) {
        page.append("<h3>Routes of the Kubernetes VMs</h3>\n");
        if (picture.routes.isEmpty()) {
            page.append("<p class=\"note\">None declared.</p>\n");
            return;
        }
        page.append("<table class=\"routes\"><thead><tr><th>destination</th><th>next hop</th><th>interface</th>")
                .append("<th>metric</th><th>written at</th></tr></thead><tbody>\n");
        for (int i = 0; i < picture.routes.size(); i++) {
            Picture.Element e = picture.routes.get(i);
            KubeRoute route = picture.routeModels.get(i);
            page.append("<tr").append(SubnetBar.attributes(e)).append("><td><code>")
                    .append(route.destination() == null ? "?" : Html.text(route.destination().toCanonicalString()))
                    .append("</code>").append(badges(id, e)).append("</td><td><code>")
                    .append(route.nextHopAddress() == null ? "?" : Html.text(route.nextHopAddress().toCanonicalString()))
                    .append("</code></td><td>").append(route.alias() == null ? "?" : Html.text(route.alias()))
                    .append("</td><td>").append(route.routeMetric() == null ? "" : Html.text(route.routeMetric().value()))
                    .append("</td><td><code>").append(Html.text(route.location().file() + ":" + route.location().line()))
                    .append("</code></td></tr>\n");
        }
        page.append("</tbody></table>\n");
        more(page, picture.device.kubernetes().routes().size(), picture.routes.size(), "routes");
    }

    private static void more(StringBuilder page, int all, int shown, String what) {
        if (all > shown) {
            page.append("<p class=\"note\">").append(all - shown).append(" more ").append(what)
                    .append(" are not listed here; the JSON report has them all.</p>\n");
        }
    }

    private static void findings(StringBuilder page, String id, DeviceResult device, List<Finding> counted,
                                 List<Finding> suppressed, Map<Finding, List<Picture.Element>> marked) {
        page.append("<h3>Findings</h3>\n");
        if (counted.isEmpty()) {
            page.append("<p class=\"clean\">No finding.</p>\n");
        } else {
            page.append("<ol class=\"findings\">\n");
            for (int n = 0; n < counted.size(); n++) {
                Finding finding = counted.get(n);
                page.append("<li id=\"").append(id).append("-f").append(n + 1).append("\" class=\"")
                        .append(finding.severity().label()).append("\">");
                finding(page, device, finding);
                List<Picture.Element> concerned = marked.getOrDefault(finding, List.of());
                if (!concerned.isEmpty()) {
                    page.append("<p class=\"marks\">marked in the picture: ");
                    for (int k = 0; k < concerned.size(); k++) {
                        Picture.Element e = concerned.get(k);
                        page.append(k == 0 ? "" : ", ").append("<a href=\"#").append(e.id()).append("\">")
                                .append(Html.text(e.label())).append("</a>");
                    }
                    page.append("</p>");
                }
                page.append("</li>\n");
            }
            page.append("</ol>\n");
        }
        if (!suppressed.isEmpty()) {
            page.append("<details class=\"suppressed\"><summary>").append(plural(suppressed.size(), "suppressed finding"))
                    .append("</summary><ul>\n");
            for (Finding finding : suppressed) {
                page.append("<li>");
                finding(page, device, finding);
                page.append("<p class=\"why\">suppressed (").append(Html.text(finding.suppression().kind()));
                if (!finding.suppression().justification().isEmpty()) {
                    page.append(": ").append(Html.text(finding.suppression().justification()));
                }
                page.append(")</p></li>\n");
            }
            page.append("</ul></details>\n");
        }
    }

    private static void finding(StringBuilder page, DeviceResult device, Finding finding) {
        page.append("<p><span class=\"severity\">").append(finding.severity().label()).append("</span> <code>")
                .append(Html.text(finding.location().toString())).append("</code> ").append(Html.text(finding.message()))
                .append(" <a class=\"rule\" href=\"#rule-").append(Html.text(finding.rule())).append("\">[")
                .append(Html.text(finding.rule())).append("]</a></p>");
        SourceText source = device.sources().get(finding.location().file());
        if (source != null && finding.location().line() >= 1 && finding.location().line() <= source.lineCount()) {
            String[] snippet = TextReporter.snippet(source.line(finding.location().line()), finding.location().column());
            if (snippet != null) {
                page.append("<pre class=\"source\">").append(Html.text(snippet[0])).append('\n')
                        .append(snippet[1]).append("^</pre>");
            }
        }
        if (!finding.related().isEmpty()) {
            page.append("<ul class=\"related\">");
            for (Related related : finding.related()) {
                page.append("<li><code>").append(Html.text(related.location().toString())).append("</code> note: ")
                        .append(Html.text(related.message())).append("</li>");
            }
            page.append("</ul>");
        }
        if (finding.fix() != null) {
            page.append("<p class=\"help\">help: ").append(Html.text(finding.fix())).append("</p>");
        }
    }

    private static void rules(StringBuilder page, Map<String, RegisteredRule> fired) {
        if (fired.isEmpty()) {
            return;
        }
        page.append("<section class=\"rules\"><h2>Rules that found something</h2>\n");
        for (RegisteredRule rule : fired.values()) {
            page.append("<details id=\"rule-").append(Html.text(rule.id())).append("\"><summary><code>")
                    .append(Html.text(rule.id())).append("</code> (").append(rule.severity().label()).append(") ")
                    .append(Html.text(rule.summary())).append("</summary><pre class=\"doc\">");
            for (String line : rule.doc().replace("\r\n", "\n").split("\n", -1)) {
                page.append(Html.text(line)).append('\n');
            }
            page.append("</pre></details>\n");
        }
        page.append("</section>\n");
    }

    /** The numbers of the findings that concern an element, each a link to its finding. */
    private static String badges(String device, Picture.Element e) {
        StringBuilder b = new StringBuilder();
        for (int n : e.findings()) {
            b.append(" <a class=\"finding-mark\" href=\"#").append(device).append("-f").append(n).append("\">[")
                    .append(n).append("]</a>");
        }
        return b.toString();
    }

    /** A small line for each way of reaching a network: solid, an arrow through a hop, dashed, or a cross. */
    private static String reachGlyph(ReachabilityDrawing.Kind kind) {
        String path = switch (kind) {
            case CONNECTED -> "<path d=\"M2 7 H34\" class=\"reach\"/>";
            case ROUTED -> "<path d=\"M2 7 H16 M22 7 H34 M30 3 L34 7 L30 11\" class=\"reach\"/><circle cx=\"19\" cy=\"7\""
                    + " r=\"3\" class=\"reach\"/>";
            case PARTLY -> "<path d=\"M2 7 H16 M22 7 H34\" class=\"reach partly\"/><circle cx=\"19\" cy=\"7\" r=\"3\""
                    + " class=\"reach\"/>";
            case NAT -> "<path d=\"M2 7 H34 M30 3 L34 7 L30 11\" class=\"reach nat\"/>";
            case UNREACHABLE -> "<path d=\"M2 7 H14 M20 2 L30 12 M30 2 L20 12\" class=\"reach\"/>";
        };
        return "<svg class=\"glyph reach-" + kind.name().toLowerCase(Locale.ROOT) + "\" width=\"36\" height=\"14\""
                + " viewBox=\"0 0 36 14\" aria-hidden=\"true\">" + path + "</svg> ";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static final String CSS = """
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1b1b1b;
                   margin: 0 auto; max-width: 1000px; padding: 12px 20px 40px; background: #fff; }
            h1 { font-size: 22px; margin: 8px 0 4px; } h2 { font-size: 18px; margin: 28px 0 4px; border-top: 2px solid #1b1b1b;
                   padding-top: 10px; overflow-wrap: anywhere; } h3 { font-size: 15px; margin: 16px 0 6px; }
            code, pre, .label, .scale { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; }
            code { font-size: 12.5px; overflow-wrap: anywhere; }
            .summary { font-weight: 600; } .counts, .note, figcaption { color: #444; } .clean { font-weight: 600; }
            table { border-collapse: collapse; margin: 4px 0 8px; } th, td { text-align: left; padding: 3px 10px 3px 0;
                   border-bottom: 1px solid #ccc; vertical-align: top; }
            figure { margin: 6px 0 10px; } svg.subnet-bar { display: block; max-width: 100%; height: auto; }
            .subnet { fill: #f4f4f4; stroke: #1b1b1b; stroke-width: 1.5; }
            .pool-shape { stroke: #1b1b1b; stroke-width: 1.2; }
            .node-pool .pool-shape { fill: url(#p-node); } .service-pool .pool-shape { fill: url(#p-service); }
            .pool .pool-shape { fill: url(#p-pool); }
            .label { font-size: 11px; fill: #1b1b1b; } .scale { font-size: 10px; fill: #555; }
            line.scale { stroke: #555; } .leader { stroke: #777; stroke-width: 0.8; } .tick { stroke: #1b1b1b; stroke-width: 1; }
            .symbol { fill: #fff; stroke: #1b1b1b; stroke-width: 1.5; } .load-balancer .symbol { fill: #1b1b1b; }
            .interface .symbol { fill: #1b1b1b; } .cross { fill: none; stroke-width: 2; }
            .flagged .pool-shape, .flagged .symbol, .flagged .tick { stroke: #c00000; stroke-width: 3; stroke-dasharray: 4 2; }
            .flagged .label { font-weight: 700; fill: #c00000; }
            .finding-mark { font-weight: 700; color: #c00000; fill: #c00000; text-decoration: none; }
            li.flagged, tr.flagged, span.flagged { outline: 2px dashed #c00000; outline-offset: 1px; }
            .glyph { vertical-align: middle; } .reach { fill: none; stroke: #1b1b1b; stroke-width: 2; }
            .reach.nat { stroke-dasharray: 4 3; } .reach.partly { stroke-dasharray: 2 2; }
            ol.findings { padding-left: 28px; } ol.findings > li { margin: 0 0 10px; } ol.findings p { margin: 0; }
            .severity { font-weight: 700; text-transform: uppercase; font-size: 12px; padding: 0 4px; border: 1.5px solid; }
            li.error .severity { color: #c00000; } li.warning .severity { color: #8a5300; border-style: dashed; }
            li.info .severity { color: #00558c; border-style: dotted; }
            pre.source { background: #f4f4f4; padding: 4px 8px; margin: 4px 0; overflow-x: auto; font-size: 12px; }
            ul.related { margin: 2px 0; font-size: 13px; } .marks { font-size: 13px; color: #333; }
            pre.doc { white-space: pre-wrap; font-size: 12.5px; background: #f8f8f8; padding: 8px; }
            .legend { font-size: 12px; } footer { margin-top: 30px; color: #555; font-size: 12px; }
            @media print { .flagged .label { fill: #000; } }
            """;

    /** The fill patterns of the pools, defined once for every bar of the page. */
    private static final String PATTERNS = """
            <svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false">
            <defs>
            <pattern id="p-node" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#dcecff"/><line x1="0" y1="0" x2="0" y2="8" stroke="#1b1b1b" stroke-width="2.5"/></pattern>
            <pattern id="p-service" width="7" height="7" patternUnits="userSpaceOnUse">
            <rect width="7" height="7" fill="#e4f6df"/><circle cx="3.5" cy="3.5" r="1.6" fill="#1b1b1b"/></pattern>
            <pattern id="p-pool" width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill="#f1ecff"/><path d="M0 4 H8 M4 0 V8" stroke="#555" stroke-width="1"/></pattern>
            </defs>
            </svg>
            """;

    private static final String LEGEND = """
            <svg class="legend" width="960" height="26" viewBox="0 0 960 26" role="img" aria-label="legend">
            <title>legend</title>
            <rect x="2" y="5" width="26" height="14" fill="url(#p-node)" stroke="#1b1b1b"/><text x="32" y="16">node pool</text>
            <rect x="112" y="5" width="26" height="14" fill="url(#p-service)" stroke="#1b1b1b"/><text x="142" y="16">service pool</text>
            <rect x="236" y="5" width="26" height="14" fill="url(#p-pool)" stroke="#1b1b1b"/><text x="266" y="16">other pool</text>
            <path d="M346 17 L351 7 L356 17 Z" fill="#1b1b1b" stroke="#1b1b1b"/><text x="360" y="16">interface</text>
            <path d="M431 6 L437 12 L431 18 L425 12 Z" fill="#fff" stroke="#1b1b1b" stroke-width="1.5"/><text x="442" y="16">gateway</text>
            <circle cx="508" cy="12" r="5" fill="#fff" stroke="#1b1b1b" stroke-width="1.5"/><text x="517" y="16">DNS server</text>
            <rect x="596" y="8" width="8" height="8" fill="#1b1b1b"/><text x="609" y="16">load-balancer IP</text>
            <path d="M726 7 L736 17 M726 17 L736 7" stroke="#1b1b1b" stroke-width="2"/><text x="741" y="16">next hop</text>
            <text x="812" y="16" class="finding-mark">[n]</text><text x="836" y="16">finding n</text>
            </svg>
            """;
}
