package dev.netlint.core.run;

/**
 * How a front end names what its user writes, so that every message of the check speaks the user's
 * words: the command line says {@code --fail-on}, the Maven plugin {@code failOn}. The check decides
 * what to say; the vocabulary only names things.
 */
public interface Vocabulary {

    /** The name of a setting, as the user writes it: {@code --fail-on}, {@code failOn}. */
    String name(RequestOption option);

    /** How the user sets one rule's level: {@code --rule pool-overlap}, {@code <rules><pool-overlap>}. */
    String ruleLevel(String ruleId);

    /**
     * Where the user finds the rule ids ({@code 'netlint rules' lists them}), or {@code null} when the
     * front end has nothing to point to: the message then names the rules.
     */
    String ruleList();

    /** What fails when findings reach the fail-on level: {@code the check}, {@code the build}. */
    String failing();
}
