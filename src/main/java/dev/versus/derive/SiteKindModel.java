package dev.versus.derive;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Models usage by kind of site, which no public source gives per technology.
 *
 * <p>Base weights come from {@link SiteKinds}. Before the per-technology perturbation, a
 * technology's own categories tilt them where the link is plain (an ecommerce platform is found
 * mostly on shopping sites, a learning-management system on education sites): each entry of
 * {@link #TILTS} multiplies one kind's weight; when several of a technology's categories tilt the
 * same kind, the largest factor applies, so tilts never compound. {@link BreakdownModel} then
 * perturbs with sigma {@value #SIGMA} and allocates a known fraction between 60% and 90% of the
 * total.
 */
final class SiteKindModel {
    static final double SIGMA = 0.5;

    /** A catalog category that makes one kind of site more likely. */
    record Tilt(String siteKind, long factor) {
    }

    static final Map<String, List<Tilt>> TILTS = Map.ofEntries(
            Map.entry("ecommerce", List.of(new Tilt("shopping", 5))),
            Map.entry("ecommerce-frontends", List.of(new Tilt("shopping", 5))),
            Map.entry("payment-processors", List.of(new Tilt("shopping", 3))),
            Map.entry("buy-now-pay-later", List.of(new Tilt("shopping", 4))),
            Map.entry("cart-abandonment", List.of(new Tilt("shopping", 4))),
            Map.entry("shipping-carriers", List.of(new Tilt("shopping", 4))),
            Map.entry("returns", List.of(new Tilt("shopping", 4))),
            Map.entry("fulfilment", List.of(new Tilt("shopping", 4))),
            Map.entry("shopify-apps", List.of(new Tilt("shopping", 5))),
            Map.entry("lms", List.of(new Tilt("education-reference", 5))),
            Map.entry("wikis", List.of(new Tilt("education-reference", 3))),
            Map.entry("documentation", List.of(new Tilt("technology", 4))),
            Map.entry("blogs", List.of(new Tilt("personal-blogs", 3))),
            Map.entry("message-boards", List.of(new Tilt("community-society", 3), new Tilt("games", 2))),
            Map.entry("fundraising-donations", List.of(new Tilt("community-society", 4))),
            Map.entry("recruitment-staffing", List.of(new Tilt("jobs-careers", 5))),
            Map.entry("ticket-booking", List.of(new Tilt("travel", 3), new Tilt("arts-entertainment", 3))),
            Map.entry("reservations-delivery", List.of(new Tilt("food-drink", 4), new Tilt("travel", 2))),
            Map.entry("appointment-scheduling", List.of(new Tilt("health", 3))),
            Map.entry("video-players", List.of(new Tilt("arts-entertainment", 2), new Tilt("news-media", 2))),
            Map.entry("advertising", List.of(new Tilt("news-media", 2))),
            Map.entry("accounting", List.of(new Tilt("finance", 3))));

    private final BreakdownModel model = new BreakdownModel("site-kind", SIGMA, 600, 900);

    Map<String, Long> allocate(String slug, long total, Collection<String> categorySlugs) {
        return model.allocate(slug, total, tiltedWeights(categorySlugs));
    }

    static Map<String, Long> tiltedWeights(Collection<String> categorySlugs) {
        Map<String, Long> factors = new TreeMap<>();
        for (String category : categorySlugs) {
            for (Tilt tilt : TILTS.getOrDefault(category, List.of())) {
                factors.merge(tilt.siteKind(), tilt.factor(), Math::max);
            }
        }
        Map<String, Long> weights = new TreeMap<>();
        SiteKinds.baseWeights().forEach((kind, weight) -> weights.put(kind, weight * factors.getOrDefault(kind, 1L)));
        return weights;
    }

    BreakdownModel model() {
        return model;
    }
}
