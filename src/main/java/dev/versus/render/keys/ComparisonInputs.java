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
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, Technology> bySlug = new HashMap<>();
    /** Each category's members in snapshot order, the order their digests are chained in. */
    private final Map<String, List<Technology>> members = new HashMap<>();
    /**
     * Digested when a page first needs them, so that a preview showing one comparison digests
     * only its categories, not the whole snapshot; a build ends up digesting each once, as before.
     */
    private final Map<String, byte[]> technologies = new ConcurrentHashMap<>();
    private final Map<String, byte[]> categories = new ConcurrentHashMap<>();

    private ComparisonInputs(Snapshot snapshot) {
        this.snapshotInfo = InputKeys.of(new SnapshotWithoutTechnologies(snapshot.info(), snapshot.categories(),
                snapshot.siteCategories(), snapshot.countries()));
        for (Technology technology : snapshot.technologies()) {
            bySlug.put(technology.slug(), technology);
            for (String category : technology.categories()) {
                members.computeIfAbsent(category, c -> new ArrayList<>()).add(technology);
            }
        }
    }

    /** Keys for the snapshot's comparisons: each technology digested once, each category from its members' digests. */
    public static ComparisonInputs of(Snapshot snapshot) {
        return new ComparisonInputs(snapshot);
    }

    private byte[] technologyDigest(String slug) {
        return technologies.computeIfAbsent(slug, s -> InputKeys.of(bySlug.get(s)));
    }

    private byte[] categoryDigest(String category) {
        byte[] digest = categories.get(category);
        if (digest == null) {
            MessageDigest sha = Sha256.newDigest();
            for (Technology member : members.getOrDefault(category, List.of())) {
                sha.update(technologyDigest(member.slug()));
            }
            digest = sha.digest();
            categories.putIfAbsent(category, digest);
        }
        return digest;
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
            sha.update(categoryDigest(category));
        }
        return sha.digest();
    }

    private void technology(MessageDigest sha, Technology technology) {
        text(sha, technology.slug());
        sha.update(technologyDigest(technology.slug()));
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
