package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.internal.load.source.LoadLimits;
import dev.netlint.core.internal.load.source.SourceFile;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Location;
import org.junit.jupiter.api.Test;

/**
 * Anchors and aliases are expanded in place, within the alias, depth and expansion bounds of
 * {@link LoadLimits}; the bounds are set small here so that short texts reach them.
 */
class AliasAndDepthLimitTest {

    private static final long BYTES = 1024 * 1024;

    private static FileContent read(String text, LoadLimits limits) {
        return DeviceFileReader.read(new SourceFile("a.yaml", text), limits);
    }

    /** The one parse error; the file then declares nothing, though the problems found before it stay. */
    private static LoadProblem onlyParseError(FileContent content) {
        assertThat(LoaderTexts.problems(content, LoadProblem.PARSE_ERROR)).hasSize(1);
        assertThat(content.deviceKey()).isNull();
        assertThat(content.device()).isNull();
        assertThat(content.kubernetesKey()).isNull();
        assertThat(content.kubernetes()).isNull();
        return LoaderTexts.problems(content, LoadProblem.PARSE_ERROR).get(0);
    }

    @Test
    void anAliasRepeatsItsAnchoredNodeAtTheAliasWithTheAnchorAsOrigin() {
        FileContent content = read("""
                kubernetes:
                  routes:
                    - &r { interfaceAlias: &port Port3, destinationPrefix: 10.1.0.0/16, nextHop: 10.0.0.1 }
                    - *r
                  services:
                    - { name: *port, type: LoadBalancer }
                """, LoadLimits.DEFAULT);

        assertThat(content.problems()).isEmpty();
        assertThat(content.kubernetes().routes()).hasSize(2);
        KubeRoute first = content.kubernetes().routes().get(0);
        KubeRoute second = content.kubernetes().routes().get(1);
        assertThat(second.interfaceAlias().value()).isEqualTo("Port3");
        assertThat(second.destination().toCanonicalString()).isEqualTo("10.1.0.0/16");
        assertThat(second.nextHop().value()).isEqualTo(first.nextHop().value());
        // the n-th route's values stand at the n-th route's own line (the alias), the anchor is their origin
        assertThat(second.destinationPrefix().location()).isEqualTo(
                new Location("a.yaml", 4, 7, "/kubernetes/routes/1/destinationPrefix"));
        assertThat(second.destinationPrefix().location().origin()).hasValue(
                new Location("a.yaml", 3, 60, "/kubernetes/routes/1/destinationPrefix"));
        assertThat(first.destinationPrefix().location().origin()).isEmpty();
        assertThat(content.kubernetes().services().get(0).name().value()).isEqualTo("Port3");
        assertThat(content.kubernetes().services().get(0).name().location())
                .isEqualTo(new Location("a.yaml", 6, 15, "/kubernetes/services/0/name"));
        assertThat(content.kubernetes().services().get(0).name().location().origin())
                .hasValue(new Location("a.yaml", 3, 28, "/kubernetes/services/0/name"));
    }

    @Test
    void nestedAnchorsAreBothKept() {
        FileContent content = read("""
                kubernetes:
                  routes:
                    - &outer { interfaceAlias: Port3, destinationPrefix: &dest 10.1.0.0/16, nextHop: 10.0.0.1 }
                    - { interfaceAlias: Port4, destinationPrefix: *dest, nextHop: 10.0.0.2 }
                    - *outer
                """, LoadLimits.DEFAULT);

        assertThat(content.problems()).isEmpty();
        assertThat(content.kubernetes().routes()).extracting(r -> r.interfaceAlias().value())
                .containsExactly("Port3", "Port4", "Port3");
        assertThat(content.kubernetes().routes()).extracting(r -> r.destination().toCanonicalString())
                .containsOnly("10.1.0.0/16");
    }

    @Test
    void aliasesUpToTheLimitAreExpandedAndOneMoreIsRefused() {
        String two = "kubernetes:\n  podSubnet: &net 10.244.0.0/16\n  serviceSubnet: *net\n"
                + "  requiredNetworks: [{ name: pods, prefix: *net }]\n";
        String three = two + "  services: [{ name: *net }]\n";
        LoadLimits limits = new LoadLimits(BYTES, 2, 100, 1_000);

        FileContent within = read(two, limits);
        LoadProblem over = onlyParseError(read(three, limits));

        assertThat(within.problems()).isEmpty();
        assertThat(within.kubernetes().serviceSubnet().value().toCanonicalString()).isEqualTo("10.244.0.0/16");
        assertThat(within.kubernetes().requiredNetworks().get(0).prefix().value().toCanonicalString())
                .isEqualTo("10.244.0.0/16");
        assertThat(over.message()).isEqualTo("more than 2 aliases in one document");
        int[] third = LoaderTexts.position(three, "*net", 2);
        assertThat(over.location()).isEqualTo(new Location("a.yaml", third[0], third[1], ""));
    }

    @Test
    void nestingUpToTheDepthLimitIsReadAndOneLevelMoreIsRefused() {
        String text = "device:\n  network:\n    interfaces:\n      - { name: Port2 }\n      - { name: Port3 }\n";

        FileContent five = read(text, new LoadLimits(BYTES, 50, 5, 1_000));
        LoadProblem four = onlyParseError(read(text, new LoadLimits(BYTES, 50, 4, 1_000)));

        assertThat(five.problems()).isEmpty();
        assertThat(five.device().interfaces()).extracting(i -> i.name().value()).containsExactly("Port2", "Port3");
        assertThat(four.message()).isEqualTo("values nest deeper than 4 levels");
        assertThat(four.location()).isEqualTo(new Location("a.yaml", 4, 9, ""));
    }

    @Test
    void aliasedCollectionsCountTowardsTheDepth() {
        String text = "a: &deep [[1]]\nkubernetes:\n  routes: [*deep]\n";

        assertThat(read(text, new LoadLimits(BYTES, 50, 5, 1_000)).problems()).noneMatch(
                p -> p.rule().equals(LoadProblem.PARSE_ERROR));
        LoadProblem error = onlyParseError(read(text, new LoadLimits(BYTES, 50, 4, 1_000)));
        assertThat(error.message()).isEqualTo("values nest deeper than 4 levels");
    }

    @Test
    void aliasesMayReplayUpToTheExpansionCapAndNoMore() {
        // an anchored list of three holds five events: its start, three values and its end
        String text = "a: &a [1, 2, 3]\nb: [*a, *a]\n";
        LoadLimits ten = new LoadLimits(BYTES, 50, 100, 10);

        FileContent within = read(text, ten);
        LoadProblem over = onlyParseError(read(text + "c: *a\n", ten));

        assertThat(within.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a device file"));
        assertThat(over.message()).isEqualTo("aliases expand to more than 10 parse events (an alias bomb?)");
        assertThat(over.location()).isEqualTo(new Location("a.yaml", 3, 4, ""));
    }

    @Test
    void anAnchorLargerThanTheCapIsNotKeptAndAnAliasToItIsRefused() {
        LoadLimits ten = new LoadLimits(BYTES, 50, 100, 10);
        String eight = "a: &a [1, 2, 3, 4, 5, 6, 7, 8]\nb: *a\n";
        String nine = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]\nb: *a\n";
        String ten2 = "a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: 1\n";

        assertThat(read(eight, ten).problems()).noneMatch(p -> p.rule().equals(LoadProblem.PARSE_ERROR));
        assertThat(onlyParseError(read(nine, ten)).message())
                .isEqualTo("aliases expand to more than 10 parse events (an alias bomb?)");
        assertThat(read(ten2, ten).problems()).noneMatch(p -> p.rule().equals(LoadProblem.PARSE_ERROR));
        LoadProblem error = onlyParseError(read(ten2.replace("b: 1", "b: *a"), ten));
        assertThat(error.message()).isEqualTo("alias *a expands to more than 10 parse events (an alias bomb?)");
        assertThat(error.location()).isEqualTo(new Location("a.yaml", 2, 4, ""));
    }

    @Test
    void anAliasInsideItsOwnAnchorRefersToNothingYet() {
        LoadProblem error = onlyParseError(read("kubernetes: &k { routes: [*k] }\n", LoadLimits.DEFAULT));

        assertThat(error.message()).isEqualTo("alias *k refers to no anchor completed before it");
        assertThat(error.location()).isEqualTo(new Location("a.yaml", 1, 27, ""));
    }

    @Test
    void aLongAliasNameIsAbbreviatedInTheMessage() {
        String name = "n".repeat(80);

        LoadProblem error = onlyParseError(read("kubernetes: *" + name + "\n", LoadLimits.DEFAULT));

        assertThat(error.message()).isEqualTo("alias *" + "n".repeat(57) + "... refers to no anchor completed before it");
    }
}
