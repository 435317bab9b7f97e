package dev.cited.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cited.llm.ModelConfig;
import dev.cited.llm.ModelProfile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cited models}: the configured model profiles (never their keys). */
@Command(name = "models", description = "List the configured model profiles.", mixinStandardHelpOptions = true)
public final class ModelsCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    ModelOptions options;

    @Option(
            names = "--json",
            description =
                    "Print exactly one JSON object: {default, models: [{name, provider, model, base_url, api_key_set}]}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ModelConfig config = options.load(CollectionOptions.home(), System.getenv());
        if (json) {
            ObjectNode root = JSON.createObjectNode().put("default", config.defaultName());
            ArrayNode models = root.putArray("models");
            for (String name : config.names()) {
                ModelProfile p = config.profiles().get(name);
                models.addObject()
                        .put("name", name)
                        .put("provider", p.provider().id())
                        .put("model", p.model())
                        .put("base_url", p.displayUrl())
                        .put("api_key_set", p.apiKey() != null);
            }
            out.println(JSON.writeValueAsString(root));
            return 0;
        }
        for (String name : config.names()) {
            ModelProfile p = config.profiles().get(name);
            out.println((name.equals(config.defaultName()) ? "* " : "  ") + name + "  " + p.describe()
                    + (p.apiKey() == null ? "" : "  (API key set)"));
        }
        return 0;
    }
}
