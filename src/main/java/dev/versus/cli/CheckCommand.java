package dev.versus.cli;

import dev.versus.check.CheckReport;
import dev.versus.check.Problem;
import dev.versus.check.SiteCheck;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import dev.versus.load.BaseUrls;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code versus check}: reports broken links, missing assets, metadata and sitemap mistakes of a built site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a built site folder and reports every problem as file:line:col: message.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "site-output",
            description = "Site folder to check (default: ${DEFAULT-VALUE}).")
    Path folder;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Absolute URL the site is served from (default: the home page's canonical link, else "
                    + "http://localhost:8080/).")
    String baseUrl;

    @Option(names = "--threads", paramLabel = "N", description = "Parse threads (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() {
        URI base = null;
        if (baseUrl != null) {
            base = BaseUrls.parse(baseUrl);
            if (base == null) {
                System.err.println("versus check: --base-url must be an absolute http(s) URL, got \"" + baseUrl + "\"");
                return ExitCodes.USAGE;
            }
        }
        if (!Files.isDirectory(folder)) {
            System.err.println("versus check: " + folder + " is not a folder");
            return ExitCodes.USAGE;
        }
        if (threads != null && threads < 1) {
            System.err.println("versus check: --threads must be at least 1");
            return ExitCodes.USAGE;
        }
        try {
            CheckReport report = SiteCheck.run(folder, base, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
            // Buffered: a broken template can mean a problem on every one of a million pages.
            PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16));
            for (Problem problem : report.problems()) {
                out.println(problem);
            }
            out.println(report.summary());
            out.flush();
            return report.clean() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
        } catch (IOException e) {
            System.err.println("versus check: cannot read " + folder + ": " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }
}
