package dev.versus.cli;

import dev.versus.plan.Shard;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build's {@code --shard k/N} and {@code --shard-count N} options. {@code --shard-count}
 * alone takes the shard from {@value #INDEX_VARIABLE}, the 0-based index a Kubernetes Indexed
 * Job gives each pod (index i builds shard i + 1), so one manifest serves every pod.
 */
final class ShardOption {
    static final String INDEX_VARIABLE = "JOB_COMPLETION_INDEX";
    private static final Pattern K_OF_N = Pattern.compile("(\\d{1,9})/(\\d{1,9})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private ShardOption() {
    }

    /** A command-line mistake, with the message to print; the command exits 2. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message);
        }
    }

    /**
     * The shard to build.
     *
     * @param shard the {@code --shard} value, or null
     * @param shardCount the {@code --shard-count} value, or null
     * @param environment the process's environment variables
     */
    static Shard resolve(String shard, String shardCount, Map<String, String> environment) throws UsageError {
        if (shard != null && shardCount != null) {
            throw new UsageError("--shard and --shard-count cannot be used together: give --shard k/N, or --shard-count N with "
                    + INDEX_VARIABLE + " set");
        }
        if (shard != null) {
            return parse(shard);
        }
        if (shardCount != null) {
            return fromIndex(shardCount, environment.get(INDEX_VARIABLE));
        }
        return Shard.WHOLE;
    }

    private static Shard parse(String text) throws UsageError {
        Matcher matcher = K_OF_N.matcher(text);
        if (!matcher.matches()) {
            throw new UsageError("--shard must be k/N with whole numbers 1 <= k <= N, such as 2/8; got \"" + text + "\"");
        }
        return of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), "--shard " + text);
    }

    private static Shard fromIndex(String countText, String indexText) throws UsageError {
        if (!NUMBER.matcher(countText).matches()) {
            throw new UsageError("--shard-count must be a whole number of at least 1; got \"" + countText + "\"");
        }
        int count = Integer.parseInt(countText);
        if (count < 1) {
            throw new UsageError("--shard-count must be at least 1; got " + count);
        }
        if (indexText == null) {
            throw new UsageError("--shard-count needs " + INDEX_VARIABLE
                    + " (0-based, set by a Kubernetes Indexed Job); it is not set. Use --shard k/N elsewhere");
        }
        if (!NUMBER.matcher(indexText).matches()) {
            throw new UsageError(INDEX_VARIABLE + " must be a whole number from 0 to " + (count - 1) + "; got \""
                    + indexText + "\"");
        }
        int index = Integer.parseInt(indexText);
        if (index >= count) {
            throw new UsageError(INDEX_VARIABLE + " is " + index + " but --shard-count " + count
                    + " allows 0 to " + (count - 1));
        }
        return new Shard(index + 1, count);
    }

    private static Shard of(int index, int count, String option) throws UsageError {
        if (count < 1) {
            throw new UsageError(option + ": N must be at least 1");
        }
        if (index < 1 || index > count) {
            throw new UsageError(option + ": k must be from 1 to " + count);
        }
        return new Shard(index, count);
    }
}
