package dev.netlint.core.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every rule on the class path, found through {@link ServiceLoader}, sorted by id. */
public final class RuleRegistry {

    private final Map<String, RegisteredRule> rules;
    /** Former id to the rule's id. */
    private final Map<String, String> aliases;

    private RuleRegistry(List<RegisteredRule> metas) {
        Map<String, RegisteredRule> byId = new LinkedHashMap<>();
        List<RegisteredRule> sorted = new ArrayList<>(metas);
        sorted.sort(Comparator.comparing(RegisteredRule::id));
        for (RegisteredRule meta : sorted) {
            RegisteredRule previous = byId.putIfAbsent(meta.id(), meta);
            if (previous != null) {
                throw new IllegalStateException("rule id " + meta.id() + " is declared by both "
                        + previous.logic().getClass().getName() + " and " + meta.logic().getClass().getName());
            }
        }
        Map<String, String> former = new LinkedHashMap<>();
        for (RegisteredRule meta : sorted) {
            for (String alias : meta.aliases()) {
                if (byId.containsKey(alias)) {
                    throw new IllegalStateException("alias " + alias + " of rule " + meta.id() + " is the id of a rule");
                }
                String previous = former.putIfAbsent(alias, meta.id());
                if (previous != null) {
                    throw new IllegalStateException("alias " + alias + " is claimed by both " + previous + " and "
                            + meta.id());
                }
            }
        }
        this.rules = Collections.unmodifiableMap(byId);
        this.aliases = Collections.unmodifiableMap(former);
    }

    /** Loads the rules visible to the class loader of this class. */
    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    public static RuleRegistry load(ClassLoader loader) {
        List<RegisteredRule> metas = new ArrayList<>();
        for (DeviceRule check : ServiceLoader.load(DeviceRule.class, loader)) {
            metas.addAll(RegisteredRule.of(check));
        }
        return new RuleRegistry(metas);
    }

    /** A registry of exactly these rules (for tests and embedding). */
    public static RuleRegistry of(List<? extends DeviceRule> checks) {
        return new RuleRegistry(checks.stream().distinct().flatMap(check -> RegisteredRule.of(check).stream()).toList());
    }

    public List<RegisteredRule> all() {
        return List.copyOf(rules.values());
    }

    /** The rule of this id, or of this former id. */
    public Optional<RegisteredRule> find(String id) {
        return canonical(id).map(rules::get);
    }

    /** Whether a rule has this id or had it (an alias). */
    public boolean contains(String id) {
        return rules.containsKey(id) || aliases.containsKey(id);
    }

    /** The id of the rule that has or had this id. */
    public Optional<String> canonical(String id) {
        return rules.containsKey(id) ? Optional.of(id) : Optional.ofNullable(aliases.get(id));
    }

    /** Whether the id is a former id of a rule, not a rule's own. */
    public boolean isAlias(String id) {
        return aliases.containsKey(id);
    }
}
