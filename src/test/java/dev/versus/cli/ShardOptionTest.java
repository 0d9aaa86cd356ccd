package dev.versus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.versus.plan.Shard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardOptionTest {
    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    @TempDir
    Path dir;

    @Test
    void withoutShardOptionsTheWholeSiteIsBuilt() throws Exception {
        assertEquals(Shard.WHOLE, ShardOption.resolve(null, null, Map.of("JOB_COMPLETION_INDEX", "4")));
    }

    @Test
    void shardKOfNIsTakenAsWritten() throws Exception {
        assertEquals(new Shard(2, 8), ShardOption.resolve("2/8", null, NO_ENVIRONMENT));
        assertEquals(new Shard(1, 1), ShardOption.resolve("1/1", null, NO_ENVIRONMENT));
        assertEquals(new Shard(8, 8), ShardOption.resolve("8/8", null, NO_ENVIRONMENT));
    }

    @Test
    void shardCountTakesTheZeroBasedJobCompletionIndex() throws Exception {
        assertEquals(new Shard(1, 4), ShardOption.resolve(null, "4", Map.of("JOB_COMPLETION_INDEX", "0")));
        assertEquals(new Shard(4, 4), ShardOption.resolve(null, "4", Map.of("JOB_COMPLETION_INDEX", "3")));
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatIsWrong() {
        assertEquals("--shard 4/3: k must be from 1 to 3", message("4/3", null, NO_ENVIRONMENT));
        assertEquals("--shard 0/3: k must be from 1 to 3", message("0/3", null, NO_ENVIRONMENT));
        assertEquals("--shard 1/0: N must be at least 1", message("1/0", null, NO_ENVIRONMENT));
        assertEquals("--shard must be k/N with whole numbers 1 <= k <= N, such as 2/8; got \"two\"",
                message("two", null, NO_ENVIRONMENT));
        assertEquals("--shard must be k/N with whole numbers 1 <= k <= N, such as 2/8; got \"-1/3\"",
                message("-1/3", null, NO_ENVIRONMENT));
        assertEquals("--shard-count must be at least 1; got 0", message(null, "0", Map.of("JOB_COMPLETION_INDEX", "0")));
        assertEquals("--shard-count must be a whole number of at least 1; got \"x\"", message(null, "x", NO_ENVIRONMENT));
        assertTrue(message(null, "3", NO_ENVIRONMENT).startsWith("--shard-count needs JOB_COMPLETION_INDEX"));
        assertEquals("JOB_COMPLETION_INDEX is 3 but --shard-count 3 allows 0 to 2",
                message(null, "3", Map.of("JOB_COMPLETION_INDEX", "3")));
        assertEquals("JOB_COMPLETION_INDEX must be a whole number from 0 to 2; got \"one\"",
                message(null, "3", Map.of("JOB_COMPLETION_INDEX", "one")));
        assertTrue(message("1/3", "3", NO_ENVIRONMENT).startsWith("--shard and --shard-count cannot be used together"));
    }

    @Test
    void theBuildCommandExitsTwoOnABadShardAndWritesNothing() {
        Path site = dir.resolve("site");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.execute("build", "--snapshot", "src/test/resources/snapshots/valid-small.json",
                    "--out", site.toString(), "--shard", "4/3"));
        } finally {
            System.setErr(saved);
        }
        assertEquals("versus build: --shard 4/3: k must be from 1 to 3", err.toString(StandardCharsets.UTF_8).strip());
        assertFalse(Files.exists(site));
    }

    private static String message(String shard, String count, Map<String, String> environment) {
        return assertThrows(ShardOption.UsageError.class, () -> ShardOption.resolve(shard, count, environment)).getMessage();
    }
}
