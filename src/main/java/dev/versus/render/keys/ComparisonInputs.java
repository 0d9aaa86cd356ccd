package dev.versus.render.keys;

import dev.versus.compare.Pair;
import dev.versus.hash.Sha256;
import dev.versus.model.Snapshot;
import dev.versus.model.Technology;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Input keys of comparison pages from the snapshot itself, so that an incremental build decides
 * whether a comparison can change without computing its figures or its view (which was half the
 * cost of a rebuild that changed nothing, and a tenth of a full build).
 *
 * <p>A comparison page shows the two technologies, and figures that depend on the other members
 * of their categories (shares, ranks, awards, alternatives, the category the pair is filed
 * under), and on the snapshot's own information (date, settings, category, country and site-kind
 * names). So its key digests: the snapshot without its technologies; both technologies' whole
 * records; and, for every category either is in, the records of all its members. Anything else
 * a page shows comes from the templates, content or options, which the build's manifest covers
 * as a whole. A change anywhere in those categories renders their comparisons again; the writer
 * still writes only pages whose bytes changed.
 */
public final class ComparisonInputs {
    private final byte[] snapshotInfo;
    private final Map<String, byte[]> technologies;
    private final Map<String, byte[]> categories;

    private ComparisonInputs(byte[] snapshotInfo, Map<String, byte[]> technologies, Map<String, byte[]> categories) {
        this.snapshotInfo = snapshotInfo;
        this.technologies = technologies;
        this.categories = categories;
    }

    /** Digests every technology once, and every category from its members in snapshot order. */
    public static ComparisonInputs of(Snapshot snapshot) {
        byte[] info = InputKeys.of(new SnapshotWithoutTechnologies(snapshot.info(), snapshot.categories(),
                snapshot.siteCategories(), snapshot.countries()));
        Map<String, byte[]> technologies = new HashMap<>();
        Map<String, List<byte[]>> members = new HashMap<>();
        for (Technology technology : snapshot.technologies()) {
            byte[] digest = InputKeys.of(technology);
            technologies.put(technology.slug(), digest);
            for (String category : technology.categories()) {
                members.computeIfAbsent(category, c -> new ArrayList<>()).add(digest);
            }
        }
        Map<String, byte[]> categories = new HashMap<>();
        members.forEach((category, digests) -> {
            MessageDigest sha = Sha256.newDigest();
            digests.forEach(sha::update);
            categories.put(category, sha.digest());
        });
        return new ComparisonInputs(info, Map.copyOf(technologies), Map.copyOf(categories));
    }

    /** The key of a pair's page: equal whenever nothing the page can show has changed. */
    public byte[] keyOf(Pair pair) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(snapshotInfo);
        technology(sha, pair.first());
        technology(sha, pair.second());
        TreeSet<String> involved = new TreeSet<>(pair.first().categories());
        involved.addAll(pair.second().categories());
        for (String category : involved) {
            text(sha, category);
            sha.update(categories.get(category));
        }
        return sha.digest();
    }

    private void technology(MessageDigest sha, Technology technology) {
        text(sha, technology.slug());
        sha.update(technologies.get(technology.slug()));
    }

    /** A slug with its length first, so that two slugs never run together. */
    private static void text(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /** Everything a snapshot says besides its technologies, digested as one record. */
    record SnapshotWithoutTechnologies(Object info, Object categories, Object siteCategories, Object countries) {
    }

}
