package dev.versus.build;

import dev.versus.write.Cancellation;
import dev.versus.write.OutputLock;
import java.util.function.Consumer;

/**
 * How a build runs alongside others and its caller: whether it waits for another build of the
 * same folder, where its one-line notes go (recovery, waiting), and the cancel a signal sets.
 *
 * @param waiting what to do when another build holds the output folder
 * @param notes receives lines for stderr, without the command's prefix
 */
public record BuildControls(OutputLock.Waiting waiting, Consumer<String> notes, Cancellation cancellation) {

    /** Fail at once when the folder is busy, notes to stderr, no cancel. */
    public static BuildControls standard() {
        return new BuildControls(OutputLock.Waiting.NEVER, line -> System.err.println("versus: " + line),
                new Cancellation());
    }
}
