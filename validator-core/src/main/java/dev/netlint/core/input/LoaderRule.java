package dev.netlint.core.input;

import dev.netlint.core.load.LoadProblem;
import dev.netlint.core.rule.Check;
import dev.netlint.core.rule.DeviceContext;
import dev.netlint.core.rule.FindingSink;
import dev.netlint.core.rule.Rule;

/**
 * An input rule: the loader finds these problems while reading (it is the only place that sees the
 * syntax), and the rule of the same id reports them, so that levels, suppressions and the catalogue
 * treat them like any other rule.
 */
abstract class LoaderRule implements Check {

    private final String id = getClass().getAnnotation(Rule.class).id();

    @Override
    public void check(DeviceContext context, FindingSink out) {
        for (LoadProblem problem : context.loadProblems()) {
            if (problem.rule().equals(id)) {
                out.report(problem.severity(), problem.location(), problem.message(), problem.related());
            }
        }
    }
}
