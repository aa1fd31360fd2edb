package dev.netlint.core.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.model.KubeRoute;
import org.junit.jupiter.api.Test;

/** JSON allows tabs between tokens; YAML does not indent with them. A tab-indented JSON file must load. */
class JsonTabsTest {

    private static final String TABBED = "{\n"
            + "\t\"kubernetes\": {\n"
            + "\t\t\"routes\": [\n"
            + "\t\t\t{ \"interfaceAlias\": \"Port3\",\t\"destinationPrefix\": \"10.1.0.0/16\",\n"
            + "\t\t\t  \"nextHop\": \"192.168.20.1\", \"routeMetric\": 100 }\n"
            + "\t\t],\n"
            + "\t\t\"services\": [ { \"name\": \"a\\\"\\tb\", \"type\": \"ClusterIP\" } ]\n"
            + "\t}\n"
            + "}\n";

    @Test
    void aJsonFileIndentedWithTabsLoadsWithItsLinesAndColumns() {
        FileContent content = LoaderTexts.read("device.json", TABBED);

        assertThat(content.problems()).isEmpty();
        KubeRoute route = content.kubernetes().routes().get(0);
        assertThat(route.nextHopAddress()).hasToString("192.168.20.1");
        int[] at = LoaderTexts.position(TABBED, "\"192.168.20.1\"", 0);
        assertThat(route.nextHop().location().line()).isEqualTo(at[0]);
        assertThat(route.nextHop().location().column()).isEqualTo(at[1]);
        int[] prefix = LoaderTexts.position(TABBED, "\"10.1.0.0/16\"", 0);
        assertThat(route.destinationPrefix().location().column()).isEqualTo(prefix[1]);
    }

    @Test
    void aTabInsideAStringIsKeptAndAnEscapedQuoteDoesNotEndTheString() {
        FileContent content = LoaderTexts.read("device.json", TABBED);

        assertThat(content.kubernetes().services().get(0).name().value()).isEqualTo("a\"\tb");
    }

    @Test
    void aYamlFileIndentedWithATabIsStillASyntaxError() {
        FileContent content = LoaderTexts.read("device.yaml", "kubernetes:\n\troutes: []\n");

        assertThat(LoaderTexts.problems(content, LoadProblem.PARSE_ERROR)).singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(2));
    }
}
