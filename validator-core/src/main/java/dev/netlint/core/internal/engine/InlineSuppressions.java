package dev.netlint.core.internal.engine;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Spelling;
import dev.netlint.core.finding.Suppression;
import dev.netlint.core.internal.load.source.SourceComment;
import dev.netlint.core.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of a device's YAML files: {@code # netlint-disable-line RULE[,RULE] --
 * reason} on the offending line, {@code # netlint-disable-next-line RULE[,RULE] -- reason} on the line
 * above it. Only real comments count, as the YAML parser reports them: the same words inside a quoted
 * or block value are text, not a directive. JSON has no comments. A comment without a reason still
 * suppresses, but is reported as {@value #RULE}, like one that names an unknown rule (which suppresses
 * nothing: a typo must not pass silently) or misspells the directive. Every rule is named: there is no
 * wildcard, so that a directive cannot hide a finding its author did not see.
 */
final class InlineSuppressions {

    /** The rule that reports malformed suppression comments; its own findings cannot be suppressed inline. */
    static final String RULE = "invalid-suppression";

    /** A directive starts at the comment's beginning, after white space. */
    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*(netlint-disable[\\w-]*)(.*)$", Pattern.DOTALL);

    /** One suppression comment. {@code target} is the line whose findings it suppresses. */
    record Comment(int target, Set<String> rules, String reason) {
    }

    private final Map<String, Map<Integer, List<Comment>>> byFile;
    private final List<LoadProblem> problems;

    private InlineSuppressions(Map<String, Map<Integer, List<Comment>>> byFile, List<LoadProblem> problems) {
        this.byFile = byFile;
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads the directive comments of a device's files, by file; {@code known} maps each rule id to itself
     * and each former id of a renamed rule to its id.
     */
    static InlineSuppressions scan(Map<String, List<SourceComment>> comments, Map<String, String> known) {
        Map<String, Map<Integer, List<Comment>>> byFile = new HashMap<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (Map.Entry<String, List<SourceComment>> file : comments.entrySet()) {
            Map<Integer, List<Comment>> directives = new HashMap<>();
            for (SourceComment comment : file.getValue()) {
                read(file.getKey(), comment, known, directives, problems);
            }
            if (!directives.isEmpty()) {
                byFile.put(file.getKey(), directives);
            }
        }
        return new InlineSuppressions(byFile, problems);
    }

    private static void read(String file, SourceComment comment, Map<String, String> known,
                             Map<Integer, List<Comment>> comments, List<LoadProblem> problems) {
        Matcher m = DIRECTIVE.matcher(comment.text());
        if (!m.find()) {
            return;
        }
        int line = comment.line();
        Location at = new Location(file, line, comment.column(), "");
        String directive = m.group(1);
        boolean nextLine;
        if (directive.equals("netlint-disable-line")) {
            nextLine = false;
        } else if (directive.equals("netlint-disable-next-line")) {
            nextLine = true;
        } else {
            String close = Spelling.closest(directive, List.of("netlint-disable-line", "netlint-disable-next-line"));
            problems.add(new LoadProblem(RULE, at, "'" + directive + "' is not a suppression comment, so it suppresses"
                    + " nothing; write " + (close != null ? "'" + close + "'" : "'netlint-disable-line' (this line) or"
                    + " 'netlint-disable-next-line' (the line below)") + " followed by rule ids and '-- reason'"));
            return;
        }
        String rest = m.group(2);
        int furtherComment = rest.indexOf(" #");
        int dashes = rest.indexOf("--");
        String ids;
        String reason;
        if (dashes >= 0 && (furtherComment < 0 || dashes < furtherComment)) {
            ids = rest.substring(0, dashes);
            reason = rest.substring(dashes + 2).strip();
        } else {
            ids = furtherComment >= 0 ? rest.substring(0, furtherComment) : rest;
            reason = "";
        }
        List<String> unknown = new ArrayList<>();
        Set<String> rules = new java.util.LinkedHashSet<>();
        for (String id : ids.strip().split("[,\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            String rule = known.get(id);
            if (rule != null && !rule.equals(id)) {
                problems.add(new LoadProblem(RULE, Severity.INFO, at, "'" + id + "' is the former id of rule '" + rule
                        + "': the comment still suppresses it, but the old id is deprecated; write '" + rule + "'",
                        List.of()));
            }
            if (rule != null) {
                rules.add(rule);
            } else {
                unknown.add(id);
            }
        }
        for (String id : unknown) {
            String close = Spelling.closest(id, known.keySet());
            problems.add(new LoadProblem(RULE, at, directive + " names the unknown rule '" + id
                    + "', so it suppresses nothing for it" + (close != null ? "; did you mean '" + close + "'?"
                    : "; 'netlint rules' lists the ids")));
        }
        if (rules.isEmpty()) {
            if (unknown.isEmpty()) {
                problems.add(new LoadProblem(RULE, at, directive + " names no rule, so it suppresses nothing; write "
                        + directive + " RULE-ID -- reason"));
            }
            return;
        }
        if (reason.isEmpty()) {
            problems.add(new LoadProblem(RULE, at, directive + " " + String.join(",", rules)
                    + " gives no reason; write '-- why the finding is acceptable' after the rule ids"));
        }
        int target = nextLine ? line + 1 : line;
        comments.computeIfAbsent(target, k -> new ArrayList<>()).add(new Comment(target, rules, reason));
    }

    /** What the comments found wrong, for the {@value #RULE} rule to report. */
    List<LoadProblem> problems() {
        return problems;
    }

    /** The suppression of a finding by a comment on its line or the line above, or {@code null}. */
    Suppression of(Finding finding) {
        if (finding.rule().equals(RULE)) {
            return null;
        }
        Map<Integer, List<Comment>> comments = byFile.get(finding.location().file());
        if (comments == null) {
            return null;
        }
        List<Comment> onLine = comments.get(finding.location().line());
        if (onLine == null) {
            return null;
        }
        for (Comment comment : onLine) {
            if (comment.rules().contains(finding.rule())) {
                return new Suppression("inline", comment.reason());
            }
        }
        return null;
    }
}
