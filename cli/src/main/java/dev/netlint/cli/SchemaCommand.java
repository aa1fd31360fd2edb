package dev.netlint.cli;

import dev.netlint.core.run.Catalogue;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code netlint schema}: the JSON Schema (draft 2020-12) of the device file, made from the tables the
 * loader reads with, for editors' completion and checking.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (draft 2020-12) of the device file, for editors.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Catalogue.writeSchema(spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
