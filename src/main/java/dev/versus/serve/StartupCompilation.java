package dev.versus.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps HotSpot's optimizing compiler (C2) out of {@code serve}'s first seconds. Until the first
 * page is served, all the work is code that runs once (reading the snapshot, comparing,
 * planning), and on a machine with two cores C2's compiler threads take the CPU that work needs:
 * the first page of the default snapshot came 3.5 s after start with C2 and 2.6 s without
 * (medians of 5, `src/bench/preview.sh`; C1 alone, {@code -XX:TieredStopAtLevel=1}, 2.0 s, but
 * that flag cannot be set from inside {@code java -jar}). A compiler directive excluding every
 * method from C2 is added when serve starts and removed once the first page is served, so that
 * rendering, which runs for as long as the server does, is optimized as usual.
 *
 * <p>The directive goes through the DiagnosticCommand MBean, the interface of
 * {@code jcmd PID Compiler.directives_add}. A JVM without it (not HotSpot) just starts as it
 * would have.
 */
final class StartupCompilation {
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private final AtomicBoolean active;

    private StartupCompilation(boolean active) {
        this.active = new AtomicBoolean(active);
    }

    /** Adds the directive, if the JVM takes it. */
    static StartupCompilation begin() {
        try {
            Path file = Files.createTempFile("versus-startup", ".json");
            try {
                Files.writeString(file, DIRECTIVE, StandardCharsets.US_ASCII);
                Object said = command("compilerDirectivesAdd", file.toString());
                return new StartupCompilation(String.valueOf(said).contains("1 compiler directives added"));
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException | JMException | RuntimeException | LinkageError e) {
            return new StartupCompilation(false);
        }
    }

    /** Removes the directive (once): from now on hot methods are optimized as usual. */
    void end() {
        if (active.getAndSet(false)) {
            try {
                command("compilerDirectivesRemove");
            } catch (JMException | RuntimeException | LinkageError e) {
                // The directive stays: pages render a little slower, nothing else changes.
            }
        }
    }

    private static Object command(String operation, String... arguments) throws JMException {
        return ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[] {arguments}, new String[] {String[].class.getName()});
    }
}
