package dev.netlint.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.Finding;
import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.finding.Suppression;
import dev.netlint.core.internal.load.DeviceLoader;
import dev.netlint.core.internal.load.LoadedDevice;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.model.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How one suppression comment is read: its rule ids, its reason, a further comment, and its column. */
class SuppressionCommentsTest {

    /** Two rules, and the former id of the first. */
    private static final Map<String, String> KNOWN = Map.of("pool-overlap", "pool-overlap",
            "unknown-key", "unknown-key", "pools-overlap", "pool-overlap");

    private static InlineSuppressions scan(String file, String text) {
        LoadedDevice loaded = new DeviceLoader(LoadLimits.DEFAULT, java.nio.file.Path::toString).loadText(file, text);
        return InlineSuppressions.scan(loaded.comments(), KNOWN);
    }

    private static Finding finding(String rule, String file, int line) {
        return new Finding(rule, Severity.ERROR, "m", new Location(file, line, 3, ""), List.of(), null);
    }

    @Test
    void theReasonRunsFromTheDashesToTheEndOfTheLine() {
        InlineSuppressions comments = scan("a.yaml", "x: 1 # netlint-disable-line pool-overlap -- kept # on purpose\n");

        assertThat(comments.problems()).isEmpty();
        assertThat(comments.of(finding("pool-overlap", "a.yaml", 1)))
                .isEqualTo(new Suppression("inline", "kept # on purpose"));
        assertThat(comments.of(finding("unknown-key", "a.yaml", 1))).isNull();
        assertThat(comments.of(finding("pool-overlap", "a.yaml", 2))).isNull();
        assertThat(comments.of(finding("pool-overlap", "b.yaml", 1))).isNull();
    }

    @Test
    void aFurtherCommentBeforeTheDashesEndsTheIdsAndLeavesNoReason() {
        InlineSuppressions comments = scan("a.yaml", "x: 1 # netlint-disable-line pool-overlap # see -- ticket\n");

        assertThat(comments.of(finding("pool-overlap", "a.yaml", 1))).isEqualTo(new Suppression("inline", ""));
        assertThat(comments.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InlineSuppressions.RULE);
            assertThat(p.message()).isEqualTo("netlint-disable-line pool-overlap gives no reason; write '-- why the"
                    + " finding is acceptable' after the rule ids");
            assertThat(p.location()).isEqualTo(new Location("a.yaml", 1, 6, ""));
        });
    }

    @Test
    void aCommentRightAfterTheDirectiveNamesNoRule() {
        InlineSuppressions comments = scan("a.yml", "x: 1\n  # netlint-disable-next-line # pool-overlap\ny: 2\n");

        assertThat(comments.problems()).extracting(LoadProblem::message).containsExactly("netlint-disable-next-line"
                + " names no rule, so it suppresses nothing; write netlint-disable-next-line RULE-ID -- reason");
        assertThat(comments.problems().get(0).location()).isEqualTo(new Location("a.yml", 2, 3, ""));
        assertThat(comments.of(finding("pool-overlap", "a.yml", 3))).isNull();
    }

    @Test
    void idsMayBeSeparatedByCommasOrSpaces() {
        InlineSuppressions comments = scan("a.yaml", """
                # netlint-disable-next-line pool-overlap,unknown-key -- both
                x: 1
                z: 3 #netlint-disable-line   unknown-key   pool-overlap--tight
                """);

        assertThat(comments.problems()).isEmpty();
        assertThat(comments.of(finding("unknown-key", "a.yaml", 2)).justification()).isEqualTo("both");
        assertThat(comments.of(finding("pool-overlap", "a.yaml", 3)).justification()).isEqualTo("tight");
        assertThat(comments.of(finding(InlineSuppressions.RULE, "a.yaml", 3))).isNull();
    }

    /** Every rule is named: a star would hide findings its author never saw, so it is an unknown rule id. */
    @Test
    void aStarIsNoWildcard() {
        InlineSuppressions comments = scan("a.yaml", "y: 2 # netlint-disable-line * -- all of them\n");

        assertThat(comments.of(finding("pool-overlap", "a.yaml", 1))).isNull();
        assertThat(comments.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("unknown rule '*'"));
    }

    /** Only real YAML comments are directives: the same words in a quoted or block value are text. */
    @Test
    void aDirectiveInsideAQuotedOrBlockValueSuppressesNothing() {
        InlineSuppressions comments = scan("a.yaml", """
                a: "x # netlint-disable-line pool-overlap -- in a string"
                b: |
                  # netlint-disable-next-line pool-overlap -- in a block scalar
                c: 1
                d: 'y # netlint-disable-line pool-overlap -- single quotes'
                """);

        assertThat(comments.problems()).isEmpty();
        for (int line = 1; line <= 5; line++) {
            assertThat(comments.of(finding("pool-overlap", "a.yaml", line))).as("line %d", line).isNull();
        }
    }

    @Test
    void anUnknownIdIsReportedWithAHintAndAMisspelledDirectiveToo() {
        InlineSuppressions comments = scan("a.yaml", """
                x: 1 # netlint-disable-line pool-overlaps -- typo
                y: 2 # netlint-disable-lines pool-overlap -- typo
                z: 3 # netlint-disable-line zzz -- nothing like it
                w: 4 # netlint-disable-all-rules-everywhere-forever pool-overlap -- typo
                """);

        assertThat(comments.problems()).extracting(LoadProblem::message).containsExactly(
                "netlint-disable-line names the unknown rule 'pool-overlaps', so it suppresses nothing for it; did you"
                        + " mean 'pool-overlap'?",
                "'netlint-disable-lines' is not a suppression comment, so it suppresses nothing; write"
                        + " 'netlint-disable-line' followed by rule ids and '-- reason'",
                "netlint-disable-line names the unknown rule 'zzz', so it suppresses nothing for it; 'netlint rules'"
                        + " lists the ids",
                "'netlint-disable-all-rules-everywhere-forever' is not a suppression comment, so it suppresses nothing; write"
                        + " 'netlint-disable-line' (this line) or 'netlint-disable-next-line' (the line below) followed"
                        + " by rule ids and '-- reason'");
        assertThat(comments.of(finding("pool-overlap", "a.yaml", 1))).isNull();
        assertThat(comments.of(finding("pool-overlap", "a.yaml", 2))).isNull();
    }

    @Test
    void onlyYamlFilesAreReadAndTheMarkerMustStartAComment() {
        assertThat(scan("a.json", "{\"x\": 1} # netlint-disable-line pool-overlap -- r\n")
                .of(finding("pool-overlap", "a.json", 1))).isNull();
        assertThat(scan("A.YML", "x: 1 # netlint-disable-line pool-overlap -- r\n")
                .of(finding("pool-overlap", "A.YML", 1))).isNotNull();
        assertThat(scan("a.yaml", "x: a#netlint-disable-line pool-overlap -- r\n")
                .of(finding("pool-overlap", "a.yaml", 1))).isNull();
        assertThat(scan("a.yaml", "x: \"netlint-disable-line pool-overlap\"\n").problems()).isEmpty();
    }

    @Test
    void theColumnCountsCodePoints() {
        InlineSuppressions comments = scan("a.yaml", "x: \uD83D\uDE00 # netlint-disable-line pool-overlap\n");

        assertThat(comments.problems()).singleElement()
                .satisfies(p -> assertThat(p.location()).isEqualTo(new Location("a.yaml", 1, 6, "")));
    }

    @Test
    void aFormerIdStillSuppressesItsRuleWithAnInfoThatItIsDeprecated() {
        InlineSuppressions comments = scan("a.yaml", "x: 1 # netlint-disable-line pools-overlap -- kept (CHG-1)\n");

        assertThat(comments.of(finding("pool-overlap", "a.yaml", 1)))
                .isEqualTo(new Suppression("inline", "kept (CHG-1)"));
        assertThat(comments.problems()).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo(InlineSuppressions.RULE);
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.message()).isEqualTo("'pools-overlap' is the former id of rule 'pool-overlap': the comment"
                    + " still suppresses it, but the old id is deprecated; write 'pool-overlap'");
        });
    }
}
