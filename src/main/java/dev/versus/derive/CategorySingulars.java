package dev.versus.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The singular of a category, the noun phrase pages use in sentences ("the Django web
 * framework"). Ordinary words are lower-cased; words with other capitals (CMS, JavaScript, PaaS,
 * A/B) keep their case because they are acronyms or proper names.
 *
 * <p>Rules, in order: an explicit table for names that the rules would get wrong (mass nouns
 * such as "Analytics" or "Hosting", acronyms that need a head noun such as "SEO"); otherwise
 * "&amp;" becomes "and" and the last word loses its plural ending ("-ies" to "-y", "-sses",
 * "-xes", "-ches", "-shes" lose "-es", any other "-s" but "-ss" is dropped). A name that is all
 * capitals (an acronym such as "CMS") is kept whole.
 */
final class CategorySingulars {
    /** Keyed by catalog slug; checked by eye against every category the data uses. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("a-b-testing", "A/B testing tool"),
            Map.entry("accessibility", "accessibility tool"),
            Map.entry("accounting", "accounting tool"),
            Map.entry("advertising", "advertising platform"),
            Map.entry("analytics", "analytics tool"),
            Map.entry("appointment-scheduling", "appointment scheduling tool"),
            Map.entry("augmented-reality", "augmented reality tool"),
            Map.entry("authentication", "authentication service"),
            Map.entry("blogs", "blogging platform"),
            Map.entry("browser-fingerprinting", "browser fingerprinting tool"),
            Map.entry("caching", "caching tool"),
            Map.entry("cart-abandonment", "cart abandonment tool"),
            Map.entry("ci", "CI service"),
            Map.entry("containers", "container platform"),
            Map.entry("content-curation", "content curation tool"),
            Map.entry("cookie-compliance", "cookie compliance tool"),
            Map.entry("cross-border-ecommerce", "cross-border ecommerce service"),
            Map.entry("development", "development tool"),
            Map.entry("documentation", "documentation tool"),
            Map.entry("domain-parking", "domain parking service"),
            Map.entry("ecommerce", "ecommerce platform"),
            Map.entry("email", "email service"),
            Map.entry("feature-management", "feature management tool"),
            Map.entry("fulfilment", "fulfilment service"),
            Map.entry("fundraising-donations", "fundraising and donations tool"),
            Map.entry("geolocation", "geolocation service"),
            Map.entry("hosting", "hosting provider"),
            Map.entry("javascript-graphics", "JavaScript graphics library"),
            Map.entry("live-chat", "live chat tool"),
            Map.entry("livestreaming", "livestreaming platform"),
            Map.entry("loyalty-rewards", "loyalty and rewards program"),
            Map.entry("maps", "mapping service"),
            Map.entry("marketing-automation", "marketing automation tool"),
            Map.entry("miscellaneous", "technology"),
            Map.entry("network-storage", "network storage system"),
            Map.entry("performance", "performance tool"),
            Map.entry("personalisation", "personalisation tool"),
            Map.entry("recruitment-staffing", "recruitment and staffing tool"),
            Map.entry("remote-access", "remote access tool"),
            Map.entry("reservations-delivery", "reservations and delivery service"),
            Map.entry("retargeting", "retargeting tool"),
            Map.entry("returns", "returns management tool"),
            Map.entry("reviews", "reviews platform"),
            Map.entry("rum", "RUM tool"),
            Map.entry("security", "security tool"),
            Map.entry("shopify-apps", "Shopify app"),
            Map.entry("segmentation", "segmentation tool"),
            Map.entry("seo", "SEO tool"),
            Map.entry("surveys", "survey tool"),
            Map.entry("ticket-booking", "ticket booking system"),
            Map.entry("translation", "translation tool"),
            Map.entry("user-onboarding", "user onboarding tool"),
            Map.entry("webmail", "webmail service"),
            Map.entry("buy-now-pay-later", "buy now pay later service"),
            Map.entry("digital-asset-management", "digital asset management system"),
            Map.entry("referral-marketing", "referral marketing tool"));

    private CategorySingulars() {
    }

    static String of(String slug, String name) {
        String irregular = IRREGULAR.get(slug);
        if (irregular != null) {
            return irregular;
        }
        List<String> words = new ArrayList<>();
        for (String word : name.replace("&", "and").trim().split("\\s+")) {
            words.add(isOrdinary(word) ? word.toLowerCase(Locale.ROOT) : word);
        }
        int last = words.size() - 1;
        words.set(last, singular(words.get(last)));
        return String.join(" ", words);
    }

    /** Capitalised or lower-case only: "Web", "servers". "CMS", "JavaScript", "A/B" are not. */
    private static boolean isOrdinary(String word) {
        return word.substring(1).chars().noneMatch(Character::isUpperCase) && word.chars().allMatch(Character::isLetter);
    }

    static String singular(String word) {
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
