package dev.cited.cli;

import dev.cited.llm.ModelConfig;
import dev.cited.llm.ModelProfile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cited models}: the configured model profiles (never their keys). */
@Command(name = "models", description = "List the configured model profiles.", mixinStandardHelpOptions = true)
public final class ModelsCommand implements Callable<Integer> {

    @Mixin
    ModelOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ModelConfig config = options.load(CollectionOptions.home(), System.getenv());
        for (String name : config.names()) {
            ModelProfile p = config.profiles().get(name);
            out.println((name.equals(config.defaultName()) ? "* " : "  ") + name + "  " + p.describe()
                    + (p.apiKey() == null ? "" : "  (API key set)"));
        }
        return 0;
    }
}
