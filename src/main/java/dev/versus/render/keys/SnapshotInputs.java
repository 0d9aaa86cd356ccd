package dev.versus.render.keys;

import dev.versus.compare.Pair;
import dev.versus.hash.Sha256;
import dev.versus.model.Snapshot;
import dev.versus.model.Technology;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The snapshot's part of the input keys of comparison, technology and category pages, from the
 * snapshot itself, so that an incremental build decides whether such a page can change without
 * computing its figures or its view (which was most of the cost of a rebuild that changed nothing).
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
public final class SnapshotInputs {
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

    private SnapshotInputs(Snapshot snapshot) {
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
    public static SnapshotInputs of(Snapshot snapshot) {
        return new SnapshotInputs(snapshot);
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
        categories(sha, involved(pair.first().categories(), pair.second().categories()));
        return sha.digest();
    }

    /**
     * The categories either is in, in slug order, without building a set for the common case
     * of one category each (the rebuild asks for 221,163 pairs).
     */
    private static java.util.Collection<String> involved(List<String> first, List<String> second) {
        if (first.size() == 1 && second.size() == 1) {
            int order = first.get(0).compareTo(second.get(0));
            return order == 0 ? first : order < 0 ? List.of(first.get(0), second.get(0))
                    : List.of(second.get(0), first.get(0));
        }
        TreeSet<String> involved = new TreeSet<>(first);
        involved.addAll(second);
        return involved;
    }

    /**
     * The snapshot's part of a technology page's key. The page shows the technology, and its
     * ranks, shares, awards and comparisons in each of its categories, which depend on the other
     * members of those categories and on nothing outside them; the names of categories, countries
     * and kinds of site are in the snapshot's information.
     */
    public byte[] keyOfTechnology(Technology technology) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(snapshotInfo);
        technology(sha, technology);
        categories(sha, new TreeSet<>(technology.categories()));
        return sha.digest();
    }

    /**
     * The snapshot's part of the key of a category's pages. They show its members' figures and
     * the pairs filed under it, which depend on which categories each member is in (a pair is
     * filed under the first category its two share), held in the members' records.
     */
    public byte[] keyOfCategory(String category) {
        MessageDigest sha = Sha256.newDigest();
        sha.update(snapshotInfo);
        categories(sha, List.of(category));
        return sha.digest();
    }

    /** Each category's slug and its members' digests, in the order given. */
    private void categories(MessageDigest sha, java.util.Collection<String> slugs) {
        for (String category : slugs) {
            text(sha, category);
            sha.update(categoryDigest(category));
        }
    }

    private void technology(MessageDigest sha, Technology technology) {
        text(sha, technology.slug());
        sha.update(technologyDigest(technology.slug()));
    }

    /** A slug with its length first, so that two slugs never run together. */
    private static void text(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        sha.update((byte) (length >>> 24));
        sha.update((byte) (length >>> 16));
        sha.update((byte) (length >>> 8));
        sha.update((byte) length);
        sha.update(bytes);
    }

    /** Everything a snapshot says besides its technologies, digested as one record. */
    record SnapshotWithoutTechnologies(Object info, Object categories, Object siteCategories, Object countries) {
    }

}
