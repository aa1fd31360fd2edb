package dev.netlint.cli;

import dev.netlint.core.report.TerminalText;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code netlint} command. */
@Command(name = "netlint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks a proposed edge-device network configuration before it is applied.",
        exitCodeListHeading = ExitCode.HEADING, exitCodeList = {ExitCode.LIST_OK, ExitCode.LIST_FINDINGS, ExitCode.LIST_USAGE})
public final class Main implements Runnable {

    /**
     * The commands, in the order the help lists them. picocli reads a command's annotations when it is
     * added, which costs a fresh JVM about 40 ms for all of them: a command line that names one gets
     * only that one (see {@link #commandLine}).
     */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("plan", PlanCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("schema", SchemaCommand::new);
        commands.put("version", VersionCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /** Exit code: nothing at or above the fail-on level. */
    public static final int OK = ExitCode.OK;
    /** Exit code: findings at or above the fail-on level. */
    public static final int FINDINGS = ExitCode.FINDINGS;
    /** Exit code: usage error, unreadable path, invalid configuration. */
    public static final int USAGE = ExitCode.USAGE;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** Runs the command line with its output and error output sent to the given writers (tests, embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(args);
        if (out != null) {
            cli.setOut(out);
        }
        if (err != null) {
            cli.setErr(err);
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(isOutOfMemory(e) ? OUT_OF_MEMORY : "netlint: "
                    + TerminalText.printable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return USAGE;
        });
        // picocli's messages quote the arguments as given: an ESC or BEL in one would reach the terminal
        cli.setParameterExceptionHandler((e, args1) -> {
            String message = e.getMessage();
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                List<String> words = unmatched.getUnmatched();
                if (unmatched.getCommandLine().getParent() == null && !words.isEmpty() && !words.get(0).startsWith("-")) {
                    message = "unknown command '" + words.get(0) + "'";
                }
                if (!unmatched.getSuggestions().isEmpty()) {
                    message += "; did you mean '" + unmatched.getSuggestions().get(0) + "'?";
                }
            }
            e.getCommandLine().getErr().println("netlint: " + TerminalText.printable(String.valueOf(message)));
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return USAGE;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Whatever held the memory is unreachable now: one line, never a stack trace.
            cli.getErr().println(OUT_OF_MEMORY);
            code = USAGE;
        } catch (StackOverflowError e) {
            cli.getErr().println("netlint: the input nests too deeply for the Java stack; raise it with -Xss");
            code = USAGE;
        }
        cli.getOut().flush();
        cli.getErr().flush();
        return code;
    }

    /**
     * The command line with every command, or with only the one that the first argument names exactly:
     * what the other commands would add (their names in a did-you-mean, the list in the help) is only
     * ever said when the first argument is no command, and {@code help} gets them all.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Supplier<Object> named = args.length > 0 && !"help".equals(args[0]) ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            COMMANDS.values().forEach(command -> cli.addSubcommand(command.get()));
        }
        return cli.setCaseInsensitiveEnumValuesAllowed(true);
    }

    static final String OUT_OF_MEMORY = "netlint: out of memory; the input is too large for the Java heap"
            + " (raise it with -Xmx, or check fewer or smaller files)";

    private static boolean isOutOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: " + commandNames());
    }

    /** Every command, in the order the help lists them: {@code check, plan, ... or help}. */
    static String commandNames() {
        List<String> names = new ArrayList<>(COMMANDS.keySet());
        String last = names.remove(names.size() - 1);
        return String.join(", ", names) + " or " + last;
    }
}
