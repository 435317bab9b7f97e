package dev.cited.llm;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model profiles read from configuration, in increasing precedence: the built-in {@code
 * extractive} profile, a properties file, then the environment.
 *
 * <pre>
 * # cited.properties
 * default = local
 * model.local.provider = ollama
 * model.local.base_url = http://localhost:11434
 * model.local.model = llama3.1:8b
 * model.gpt.provider = openai
 * model.gpt.model = gpt-4o-mini
 * model.gpt.api_key_file = /home/me/.config/cited/openai.key
 * </pre>
 *
 * <p>Environment: {@code CITED_MODEL_<NAME>_PROVIDER}, {@code _BASE_URL}, {@code _MODEL}, {@code
 * _API_KEY}, {@code _API_KEY_FILE}, {@code _TIMEOUT_MS}, {@code _MAX_TOKENS}, and {@code
 * CITED_DEFAULT_MODEL}. An API key is never read from the properties file (an {@code api_key}
 * entry there is an error): it comes from {@code CITED_MODEL_<NAME>_API_KEY}, from a key file, or
 * for OpenAI and Anthropic profiles from {@code OPENAI_API_KEY} / {@code ANTHROPIC_API_KEY}.
 */
public final class ModelConfig {

    private static final Pattern FILE_KEY = Pattern.compile("model\\.([a-z0-9_-]+)\\.([a-z_]+)");
    private static final Pattern ENV_KEY = Pattern.compile(
            "CITED_MODEL_([A-Z0-9_]+?)_(PROVIDER|BASE_URL|MODEL|API_KEY_FILE|API_KEY|TIMEOUT_MS|MAX_TOKENS)");
    private static final Set<String> FIELDS =
            Set.of("provider", "base_url", "model", "api_key_file", "timeout_ms", "max_tokens");

    private final Map<String, ModelProfile> profiles;
    private final String defaultName;

    private ModelConfig(Map<String, ModelProfile> profiles, String defaultName) {
        this.profiles = profiles;
        this.defaultName = defaultName;
    }

    /** Only the built-in extractive profile. */
    public static ModelConfig builtIn() {
        return new ModelConfig(Map.of(ModelProfile.EXTRACTIVE, ModelProfile.extractive()), ModelProfile.EXTRACTIVE);
    }

    /**
     * Reads the file (when not null) and the environment.
     *
     * @throws IllegalArgumentException naming the file entry or variable that is wrong
     * @throws IOException when the file or a key file cannot be read
     */
    public static ModelConfig load(Path file, Map<String, String> env) throws IOException {
        Map<String, Map<String, Setting>> raw = new TreeMap<>();
        String defaultName = null;
        if (file != null) {
            Properties props = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            }
            for (String key : new TreeSet<>(props.stringPropertyNames())) {
                String value = props.getProperty(key).strip();
                String where = file + ": " + key;
                if (key.equals("default")) {
                    defaultName = value.toLowerCase(Locale.ROOT);
                    continue;
                }
                Matcher m = FILE_KEY.matcher(key);
                if (!m.matches()) {
                    throw new IllegalArgumentException(
                            where + ": unknown setting; expected 'default' or model.<name>.<field>");
                }
                if (m.group(2).equals("api_key")) {
                    throw new IllegalArgumentException(
                            where + ": API keys are not read from the configuration file; set "
                                    + envName(m.group(1), "API_KEY") + " or model." + m.group(1) + ".api_key_file");
                }
                if (!FIELDS.contains(m.group(2))) {
                    throw new IllegalArgumentException(where + ": unknown field '" + m.group(2) + "', expected one of "
                            + String.join(", ", new TreeSet<>(FIELDS)));
                }
                raw.computeIfAbsent(m.group(1), n -> new LinkedHashMap<>()).put(m.group(2), new Setting(value, where));
            }
        }
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            Matcher m = ENV_KEY.matcher(e.getKey());
            if (m.matches()) {
                String name = m.group(1).toLowerCase(Locale.ROOT);
                raw.computeIfAbsent(name, n -> new LinkedHashMap<>())
                        .put(
                                m.group(2).toLowerCase(Locale.ROOT),
                                new Setting(e.getValue().strip(), e.getKey()));
            }
        }
        if (env.containsKey("CITED_DEFAULT_MODEL")) {
            defaultName = env.get("CITED_DEFAULT_MODEL").strip().toLowerCase(Locale.ROOT);
        }
        Map<String, ModelProfile> profiles = new LinkedHashMap<>();
        profiles.put(ModelProfile.EXTRACTIVE, ModelProfile.extractive());
        for (Map.Entry<String, Map<String, Setting>> e : raw.entrySet()) {
            profiles.put(e.getKey(), profile(e.getKey(), e.getValue(), env));
        }
        String chosen = defaultName == null ? ModelProfile.EXTRACTIVE : defaultName;
        if (!profiles.containsKey(chosen)) {
            throw new IllegalArgumentException("default model '" + chosen + "' is not a profile; profiles: "
                    + String.join(", ", profiles.keySet()));
        }
        return new ModelConfig(Map.copyOf(profiles), chosen);
    }

    private record Setting(String value, String where) {}

    private static ModelProfile profile(String name, Map<String, Setting> s, Map<String, String> env)
            throws IOException {
        Setting providerSetting = s.get("provider");
        if (providerSetting == null) {
            throw new IllegalArgumentException("model profile '" + name + "' has no provider; set "
                    + envName(name, "PROVIDER") + " or model." + name + ".provider");
        }
        Provider provider = Provider.parse(providerSetting.value(), providerSetting.where());
        String key = null;
        if (s.containsKey("api_key")) {
            key = s.get("api_key").value();
        } else if (s.containsKey("api_key_file")) {
            Path keyFile = Path.of(s.get("api_key_file").value());
            try {
                key = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IOException(
                        "cannot read the API key file " + keyFile + " ("
                                + s.get("api_key_file").where() + ")",
                        e);
            }
        } else if (provider == Provider.OPENAI) {
            key = env.get("OPENAI_API_KEY");
        } else if (provider == Provider.ANTHROPIC) {
            key = env.get("ANTHROPIC_API_KEY");
        }
        String baseUrl = s.containsKey("base_url") ? s.get("base_url").value() : null;
        if (baseUrl != null && !baseUrl.matches("https?://.+")) {
            throw new IllegalArgumentException(
                    s.get("base_url").where() + ": base URL '" + baseUrl + "' must start with http:// or https://");
        }
        if (key == null && baseUrl == null && (provider == Provider.OPENAI || provider == Provider.ANTHROPIC)) {
            throw new IllegalArgumentException("model profile '" + name + "' (" + provider.id()
                    + ") has no API key; set " + envName(name, "API_KEY") + " or "
                    + (provider == Provider.OPENAI ? "OPENAI_API_KEY" : "ANTHROPIC_API_KEY"));
        }
        return new ModelProfile(
                name,
                provider,
                baseUrl,
                s.containsKey("model") ? s.get("model").value() : null,
                key,
                Duration.ofMillis(number(s.get("timeout_ms"), ModelProfile.DEFAULT_TIMEOUT.toMillis())),
                (int) number(s.get("max_tokens"), ModelProfile.DEFAULT_MAX_TOKENS));
    }

    private static long number(Setting s, long fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            long v = Long.parseLong(s.value());
            if (v < 1) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(s.where() + ": '" + s.value() + "' is not a positive whole number", e);
        }
    }

    private static String envName(String profile, String field) {
        return "CITED_MODEL_" + profile.toUpperCase(Locale.ROOT).replace('-', '_') + "_" + field;
    }

    /** Profiles by name, the built-in {@code extractive} included. */
    public Map<String, ModelProfile> profiles() {
        return profiles;
    }

    public String defaultName() {
        return defaultName;
    }

    /** Profile names in a stable order: extractive first, then by name. */
    public List<String> names() {
        return profiles.keySet().stream()
                .sorted((a, b) ->
                        a.equals(ModelProfile.EXTRACTIVE) ? -1 : b.equals(ModelProfile.EXTRACTIVE) ? 1 : a.compareTo(b))
                .toList();
    }
}
