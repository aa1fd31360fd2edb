package dev.netlint.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netlint.core.finding.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A renamed rule keeps its former ids: the registry resolves them, and refuses an alias that collides. */
class RuleAliasesTest {

    @Rule(id = "test-mild", severity = Severity.ERROR, category = Category.ADDRESSING, summary = "Renamed",
            aliases = {"test-gentle", "test-soft"})
    public static final class Renamed implements DeviceRule {
        @Override
        public void inspect(DeviceContext context, FindingSink sink) {
        }
    }

    @Rule(id = "test-many", severity = Severity.ERROR, category = Category.ADDRESSING, summary = "Claims an id",
            aliases = "test-mild")
    public static final class ClaimsAnId implements DeviceRule {
        @Override
        public void inspect(DeviceContext context, FindingSink sink) {
        }
    }

    @Rule(id = "test-many", severity = Severity.ERROR, category = Category.ADDRESSING, summary = "Claims an alias",
            aliases = "test-soft")
    public static final class ClaimsAnAlias implements DeviceRule {
        @Override
        public void inspect(DeviceContext context, FindingSink sink) {
        }
    }

    @Test
    void aFormerIdFindsTheRule() {
        RuleRegistry rules = RuleRegistry.of(List.of(new Renamed()));

        assertThat(rules.contains("test-gentle")).isTrue();
        assertThat(rules.isAlias("test-gentle")).isTrue();
        assertThat(rules.isAlias("test-mild")).isFalse();
        assertThat(rules.canonical("test-soft")).contains("test-mild");
        assertThat(rules.canonical("test-mild")).contains("test-mild");
        assertThat(rules.canonical("test-harsh")).isEmpty();
        assertThat(rules.find("test-gentle")).get().extracting(RegisteredRule::id).isEqualTo("test-mild");
        assertThat(rules.all()).extracting(RegisteredRule::id).containsExactly("test-mild");
    }

    @Test
    void anAliasThatIsAnotherRulesIdOrClaimedTwiceIsRefused() {
        assertThatThrownBy(() -> RuleRegistry.of(List.of(new Renamed(), new ClaimsAnId())))
                .hasMessage("alias test-mild of rule test-many is the id of a rule");
        assertThatThrownBy(() -> RuleRegistry.of(List.of(new Renamed(), new ClaimsAnAlias())))
                .hasMessage("alias test-soft is claimed by both test-many and test-mild");
    }
}
