package dev.versus.load;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.versus.model.Snapshot;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * Fuzzes the snapshot reader: whatever the bytes, it returns a snapshot a page can show or throws
 * {@link InvalidSnapshotException}; any other exception is a finding. A normal build replays the
 * inputs under {@code src/test/resources/dev/versus/load/SnapshotReaderFuzzTestInputs/<method>/}
 * (seeds and every crash found so far). To fuzz one method for real, which writes any crash
 * there as a new regression input:
 * {@code JAZZER_FUZZ=1 mvn test -Dtest='SnapshotReaderFuzzTest#readsPlainOrGzipBytes' -Djazzer.max_duration=5m}
 * (without the property, {@code maxDuration} below applies).
 */
class SnapshotReaderFuzzTest {
    /** Room for a snapshot with a few technologies; longer inputs only slow each execution. */
    private static final int MAX_INPUT_BYTES = 64 * 1024;

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "snapshot.dict")
    void readsPlainOrGzipBytes(byte[] input) {
        if (input.length <= MAX_INPUT_BYTES) {
            readExpectingOnlyInvalidSnapshot(input);
        }
    }

    /** Gzips the fuzzer's bytes first, so that mutations reach the JSON behind the gzip path. */
    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "snapshot.dict")
    void readsGzippedBytes(byte[] input) {
        if (input.length <= MAX_INPUT_BYTES) {
            readExpectingOnlyInvalidSnapshot(gzip(input));
        }
    }

    private static void readExpectingOnlyInvalidSnapshot(byte[] bytes) {
        Snapshot snapshot;
        try {
            snapshot = SnapshotReader.read("fuzz.json", bytes);
        } catch (InvalidSnapshotException expected) {
            FuzzChecks.checkErrors(expected);
            return;
        }
        FuzzChecks.checkShowable(snapshot);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2 + 32);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
