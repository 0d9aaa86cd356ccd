package dev.versus.cli;

import dev.versus.synth.Synth;
import dev.versus.synth.SynthSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code versus synth}: a made-up snapshot of any size, for tests and benchmarks. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic snapshot: made-up technologies with realistic-looking figures.",
            "The same arguments always write the same bytes. A FILE ending in .gz is gzip-compressed."})
final class SynthCommand implements Callable<Integer> {

    /** How big: a number of technologies, or of comparison pages to aim for. */
    static final class Size {
        @Option(names = "--technologies", paramLabel = "N", required = true, description = "Number of technologies.")
        Long technologies;

        @Option(names = "--pages", paramLabel = "P", required = true, description = {
                "Aim at P comparison pages: N is the number of technologies whose pairs sharing a category come"
                    + " nearest to P (about sqrt(2P / sum of squared category shares)), counted exactly for the seed."})
        Long pages;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Size size;

    @Option(names = "--categories", paramLabel = "K", defaultValue = "40", description = "Number of categories (default: ${DEFAULT-VALUE}).")
    int categories;

    @Option(names = "--countries", paramLabel = "C", defaultValue = "60", description = "Number of countries (default: ${DEFAULT-VALUE}).")
    int countries;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the random figures (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Snapshot to write (.json or .json.gz).")
    Path out;

    @Override
    public Integer call() {
        SynthSpec spec;
        try {
            spec = size.pages != null ? SynthSpec.forPages(size.pages, categories, countries, seed)
                    : new SynthSpec(size.technologies, categories, countries, seed);
        } catch (IllegalArgumentException e) {
            System.err.println("versus synth: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            Synth.Summary summary = Synth.write(spec, out);
            System.out.println(String.format(Locale.ROOT,
                    "wrote %s: %,d technologies, %,d categories, %,d countries, %,d comparison pages, %,d bytes", out,
                    summary.technologies(), summary.categories(), summary.countries(), summary.comparisonPages(),
                    summary.bytes()));
            return ExitCodes.OK;
        } catch (IOException e) {
            System.err.println("versus synth: cannot write " + out + ": " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }
}
