package dev.versus.serve;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens a URL in the person's browser, with the command their system provides for it. */
public final class Browser {
    private Browser() {
    }

    /** Tries the system's opener; when there is none, says so and where to open the site by hand. */
    public static void open(URI url, PrintStream log) {
        List<String> command = command(System.getProperty("os.name", ""), url.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            log.println("versus serve: --open: cannot start " + command.get(0) + " (" + e.getMessage() + "); open "
                    + url + " in a browser");
        }
    }

    /** The command that opens a URL on that system: open on macOS, the URL handler on Windows, xdg-open elsewhere. */
    static List<String> command(String osName, String url) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return List.of("open", url);
        }
        if (os.startsWith("windows")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", url);
        }
        return List.of("xdg-open", url);
    }
}
