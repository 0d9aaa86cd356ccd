package dev.versus.cli;

import dev.versus.build.BuildOptions;
import dev.versus.load.BaseUrls;
import dev.versus.load.InvalidContentException;
import dev.versus.load.SiteConfigReader;
import dev.versus.model.SiteConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import dev.versus.model.NavLink;
import dev.versus.text.Language;
import java.util.List;

/** The options of every command that builds the site ({@code build}, {@code serve}), as a picocli mixin. */
final class SiteOptions {

    @Option(names = "--snapshot", paramLabel = "FILE",
            description = "Snapshot to read (default: content/data/snapshot.json.gz, else content/data/snapshot.json).")
    Path snapshot;

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ./content, else the bundled one).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: ./templates, else the bundled one).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: site-output).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is served from; canonical links and sitemaps use it (default: http://localhost:8080/).")
    String baseUrl;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Site configuration to read (default: ./versus.toml when it exists); flags override it.")
    Path config;

    @Option(names = "--languages", paramLabel = "CODES", split = ",",
            description = "The site's languages, the first at the root (default: versus.toml's, else en); known: "
                    + "en, de, fr, es, ja, ar.")
    List<String> languages;

    @Option(names = "--threads", paramLabel = "N", description = "Render threads (default: the number of cores).")
    Integer threads;

    static final Path DEFAULT_OUT = Path.of("site-output");
    static final URI DEFAULT_BASE_URL = URI.create("http://localhost:8080/");

    /** The options could not be made; the message says why, and the exit code which kind of mistake it is. */
    static final class Invalid extends Exception {
        final int exitCode;

        Invalid(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    /** The build's options: each flag given, else versus.toml's value, else the default. */
    BuildOptions toBuildOptions(String command) throws Invalid {
        SiteConfig file = withLanguages(readConfig(command), command);
        URI base = file.baseUrl() != null ? file.baseUrl() : DEFAULT_BASE_URL;
        if (baseUrl != null) {
            base = BaseUrls.parse(baseUrl);
            if (base == null) {
                throw new Invalid(ExitCodes.USAGE,
                        "versus " + command + ": --base-url must be an absolute http(s) URL, got \"" + baseUrl + "\"");
            }
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return new BuildOptions(either(snapshot, file.snapshot()), either(content, file.content()),
                either(templates, file.templates()), output(file), base, threadCount).withSite(file);
    }

    /** The output folder: --out, else versus.toml's, else site-output. */
    Path output(SiteConfig file) {
        return either(out, file.output() != null ? file.output() : DEFAULT_OUT);
    }

    private static Path either(Path flag, Path configured) {
        return flag != null ? flag : configured;
    }

    /** The configuration with --languages' languages, when given: known, each once, and words for each. */
    private SiteConfig withLanguages(SiteConfig file, String command) throws Invalid {
        if (languages == null) {
            return file;
        }
        for (String code : languages) {
            if (Language.of(code).isEmpty()) {
                throw new Invalid(ExitCodes.USAGE, "versus " + command + ": --languages: unknown language \"" + code
                        + "\"; known: " + Language.codes());
            }
        }
        if (new java.util.HashSet<>(languages).size() < languages.size()) {
            throw new Invalid(ExitCodes.USAGE, "versus " + command + ": --languages names a language twice: "
                    + String.join(",", languages));
        }
        List<String> others = languages.subList(1, languages.size());
        for (NavLink link : concat(file.nav(), file.footer())) {
            if (link.label() != null && !link.labels().keySet().containsAll(others)) {
                throw new Invalid(ExitCodes.INVALID_INPUT, "versus " + command + ": versus.toml's link \""
                        + link.label() + "\" has no labels for every language of --languages " + others
                        + "; add them with labels = { de = \"…\" }");
            }
        }
        if (file.tagline() != null && !file.taglines().keySet().containsAll(others)) {
            throw new Invalid(ExitCodes.INVALID_INPUT, "versus " + command + ": versus.toml's tagline has no taglines"
                    + " for every language of --languages " + others + "; add them with taglines = { de = \"…\" }");
        }
        return file.withLanguages(languages);
    }

    private static List<NavLink> concat(List<NavLink> a, List<NavLink> b) {
        List<NavLink> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** --config's file, else ./versus.toml, else the defaults. */
    private SiteConfig readConfig(String command) throws Invalid {
        Path file = config != null ? config : Path.of(SiteConfigReader.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            if (config != null) {
                throw new Invalid(ExitCodes.USAGE, "versus " + command + ": --config: no such file: " + config);
            }
            return SiteConfig.DEFAULTS;
        }
        try {
            return SiteConfigReader.read(file);
        } catch (InvalidContentException e) {
            throw new Invalid(ExitCodes.INVALID_INPUT, e.getMessage());
        } catch (IOException e) {
            throw new Invalid(ExitCodes.ENVIRONMENT, "versus " + command + ": cannot read " + file + ": " + e.getMessage());
        }
    }
}
