package dev.netlint.core.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean" hints: the edit distance, how close is close enough, ties, and words contained whole. */
class SpellingTest {

    @Test
    void theDistanceCountsEditsAndACaseChangeAsOne() {
        assertThat(Spelling.distance("routes", "routes")).isZero();
        assertThat(Spelling.distance("Routes", "routes")).isOne();
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Spelling.distance("nextHop", "NEXTHOPS")).isOne();
        assertThat(Spelling.distance("", "abcd")).isEqualTo(4);
        assertThat(Spelling.distance("abcd", "")).isEqualTo(4);
        assertThat(Spelling.distance("flaw", "lawn")).isEqualTo(2);
        assertThat(Spelling.distance("gateway", "gatway")).isOne();
        assertThat(Spelling.distance("abc", "abcx")).isOne();
    }

    @Test
    void wordsOfVeryDifferentLengthsOrVeryLongOnesAreFarWithoutMeasuring() {
        assertThat(Spelling.distance("a", "abcdefghi")).isEqualTo(8);
        assertThat(Spelling.distance("a", "abcdefghij")).isEqualTo(9);
        assertThat(Spelling.distance("a", "abcdefghijklmn")).isEqualTo(13);
        String long200 = "a".repeat(199);
        assertThat(Spelling.distance(long200 + "b", long200 + "c")).isOne();
        assertThat(Spelling.distance(long200 + "ab", long200 + "ac")).isEqualTo(9);
    }

    @Test
    void theClosestWordIsReturnedWhenWithinAThirdOfItsLengthAndAtLeastTwo() {
        List<String> known = List.of("abcdefghijkl", "xyz");

        assertThat(Spelling.closest("wxyzefghijkl", known)).isEqualTo("abcdefghijkl");
        assertThat(Spelling.closest("vwxyzfghijkl", known)).isNull();
        assertThat(Spelling.closest("xab", known)).isEqualTo("xyz");
        assertThat(Spelling.closest("abc", known)).isNull();
        assertThat(Spelling.closest("abc", List.of())).isNull();
    }

    @Test
    void tiesGoToTheAlphabeticallyFirstWord() {
        assertThat(Spelling.closest("ab", List.of("ac", "aa"))).isEqualTo("aa");
        assertThat(Spelling.closest("ab", List.of("aa", "ac"))).isEqualTo("aa");
        assertThat(Spelling.closest("mtu", List.of("mtx", "mtu1", "mta"))).isEqualTo("mta");
    }

    @Test
    void aWordOfFourOrMoreLettersContainedWholeHintsAtTheShortestContainingWord() {
        List<String> known = List.of("routeMetricValue", "routeMetric", "interfaceAlias");

        assertThat(Spelling.closest("metric", known)).isEqualTo("routeMetric");
        assertThat(Spelling.closest("METRIC", List.of("routeMetric", "routeMetricValue"))).isEqualTo("routeMetric");
        assertThat(Spelling.closest("alia", known)).isEqualTo("interfaceAlias");
        assertThat(Spelling.closest("ali", known)).isNull();
    }

    @Test
    void aSuggestionForAShortNameNeedsFewerEdits() {
        List<String> formats = List.of("text", "json", "sarif", "junit", "html", "checkstyle", "gitlab", "github");
        assertThat(Spelling.suggestion("jsn", formats)).isEqualTo("; did you mean 'json'?");
        assertThat(Spelling.suggestion("xml", formats)).as("two edits from html, but a third of it is one").isEmpty();
        assertThat(Spelling.suggestion("check-style", formats)).isEqualTo("; did you mean 'checkstyle'?");
        assertThat(Spelling.suggestion("warn", List.of("error", "warning", "info", "never")))
                .isEqualTo("; did you mean 'warning'?");
        assertThat(Spelling.suggestion("ase-pro-99", List.of("ase-pro-gpu", "ase-pro-2", "generic")))
                .isEqualTo("; did you mean 'ase-pro-2'?");
        assertThat(Spelling.suggestion("zzz", formats)).isEmpty();
    }
}
