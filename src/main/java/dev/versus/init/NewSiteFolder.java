package dev.versus.init;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The folder {@code versus init} writes into: missing (then created) or empty, never anything else. */
public final class NewSiteFolder {

    /** Why a folder cannot take a new site; the message names the folder and what is in it. */
    public static final class NotEmptyException extends Exception {
        private static final long serialVersionUID = 1L;

        NotEmptyException(String message) {
            super(message);
        }
    }

    private static final int NAMES_SHOWN = 5;

    private NewSiteFolder() {
    }

    /**
     * Makes sure {@code folder} can take a new site, creating it when missing. Touches nothing when
     * it is a file or holds anything, so that init never mixes its files with someone's work.
     */
    public static void prepare(Path folder) throws IOException, NotEmptyException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new NotEmptyException(folder + " is a file, not a folder; nothing was changed");
        }
        if (Files.isDirectory(folder)) {
            List<String> names = entries(folder);
            if (!names.isEmpty()) {
                throw new NotEmptyException(folder + " is not empty (it holds " + listed(names)
                        + "); init writes only into a new or empty folder, and nothing was changed");
            }
            return;
        }
        Files.createDirectories(folder);
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(entry -> entry.getFileName() + (Files.isDirectory(entry) ? "/" : ""))
                    .sorted().toList();
        }
    }

    /** The first few names, then how many more: a big folder should not flood the terminal. */
    static String listed(List<String> names) {
        List<String> shown = names.subList(0, Math.min(NAMES_SHOWN, names.size()));
        String joined = String.join(", ", shown);
        int more = names.size() - shown.size();
        return more == 0 ? joined : joined + " and " + more + " more";
    }
}
