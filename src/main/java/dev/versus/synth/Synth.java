package dev.versus.synth;

import dev.versus.derive.SiteKinds;
import dev.versus.model.Origin;
import dev.versus.model.Provenance;
import dev.versus.model.SnapshotInfo;
import dev.versus.model.Unit;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a synthetic snapshot. The file is written beside its destination and moved into place
 * when complete, so a failed run leaves no half file. A name ending in {@code .gz} is
 * gzip-compressed ({@link GZIPOutputStream} writes a fixed header: no time, no file name).
 */
public final class Synth {
    /** The date the synthetic figures describe; fixed, so that the file never depends on when it is made. */
    static final LocalDate DATE = LocalDate.of(2025, 1, 1);

    private Synth() {
    }

    /** What was written. */
    public record Summary(long technologies, int categories, int countries, long comparisonPages, long bytes) {
    }

    public static Summary write(SynthSpec spec, Path out) throws IOException {
        Path absolute = out.toAbsolutePath();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        // A plain sibling, not createTempFile, whose owner-only permissions the snapshot would keep.
        Path temporary = parent.resolve("." + absolute.getFileName() + ".partial");
        try {
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
                    OutputStream stream = isGzip(out) ? new GZIPOutputStream(file, 1 << 16) : file) {
                write(spec, stream);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        SyntheticCategories categories = SyntheticCategories.of(spec.categories(), spec.seed());
        return new Summary(spec.technologies(), spec.categories(), spec.countries(),
                PageTarget.pagesFor(spec.technologies(), spec.seed(), categories), Files.size(absolute));
    }

    static boolean isGzip(Path out) {
        return out.getFileName().toString().endsWith(".gz");
    }

    /** The snapshot's JSON, uncompressed, to {@code out}. */
    static void write(SynthSpec spec, OutputStream out) throws IOException {
        SyntheticCategories categories = SyntheticCategories.of(spec.categories(), spec.seed());
        List<String> countries = SyntheticCountries.codes(spec.countries());
        TechnologyMaker maker = new TechnologyMaker(spec.seed(), DATE, categories, countries, SiteKinds.baseWeights());
        try (SnapshotStream stream = new SnapshotStream(out, info(spec), categories.list(), SiteKinds.asSiteCategories())) {
            for (long i = 0; i < spec.technologies(); i++) {
                stream.write(maker.make(i));
            }
        }
    }

    static SnapshotInfo info(SynthSpec spec) {
        Provenance modeled = new Provenance(Origin.MODELED, Origin.MODELED, Origin.MODELED, Origin.MODELED, Origin.MODELED);
        String arguments = "--technologies " + spec.technologies() + " --categories " + spec.categories() + " --countries "
                + spec.countries() + " --seed " + spec.seed();
        return new SnapshotInfo(DATE, "Synthetic technology usage (seed " + spec.seed() + ")",
                "Made up by versus synth " + arguments + "; not measured", Unit.PAGES, modeled, notes(arguments));
    }

    private static String notes(String arguments) {
        return "This snapshot is **synthetic**: `versus synth " + arguments + "` made it up for tests and benchmarks.\n\n"
                + "Every technology, figure, website, headquarters and top site in it is invented. Technology and town "
                + "names are random syllables; websites use the reserved `.example` top-level domain and top sites the "
                + "reserved `example.com`, `example.org` and `example.net` domains (RFC 2606), so none of them is a "
                + "real site. Totals follow Zipf's law; breakdowns by country and kind of site are modeled.\n";
    }
}
