package dev.versus.plan;

import java.util.stream.Stream;

/**
 * The pages one build writes: one shard of a plan (the whole plan for {@link Shard#WHOLE}), with
 * the shard's counts taken once, by a pass over the plan's routes, so that the progress bar and
 * the report count only the shard's pages.
 */
public final class ShardPlan {
    private final SitePlan plan;
    private final Shard shard;
    private final long pageCount;
    private final long comparisonCount;

    private ShardPlan(SitePlan plan, Shard shard, long pageCount, long comparisonCount) {
        this.plan = plan;
        this.shard = shard;
        this.pageCount = pageCount;
        this.comparisonCount = comparisonCount;
    }

    public static ShardPlan of(SitePlan plan, Shard shard) {
        if (shard.isWhole()) {
            return new ShardPlan(plan, shard, plan.pageCount(), plan.comparisonCount());
        }
        long fixed = plan.fixedPages().stream().filter(shard::owns).count();
        long comparisons = plan.comparisonPages().filter(shard::owns).count();
        return new ShardPlan(plan, shard, fixed + comparisons, comparisons);
    }

    public SitePlan plan() {
        return plan;
    }

    public Shard shard() {
        return shard;
    }

    /** The shard's pages in the plan's order, made lazily like the plan's own. */
    public Stream<Page> pages() {
        return shard.isWhole() ? plan.allPages() : plan.allPages().filter(shard::owns);
    }

    public long pageCount() {
        return pageCount;
    }

    public long comparisonCount() {
        return comparisonCount;
    }
}
