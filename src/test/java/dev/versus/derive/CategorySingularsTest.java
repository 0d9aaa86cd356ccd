package dev.versus.derive;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CategorySingularsTest {

    @Test
    @DisplayName("Regular plurals lose their ending and ordinary words are lower-cased")
    void regularPlurals() {
        assertEquals("web framework", CategorySingulars.of("web-frameworks", "Web frameworks"));
        assertEquals("photo gallery", CategorySingulars.of("photo-galleries", "Photo galleries"));
        assertEquals("reverse proxy", CategorySingulars.of("reverse-proxies", "Reverse proxies"));
        assertEquals("static site generator", CategorySingulars.of("static-site-generator", "Static site generator"));
        assertEquals("sales and marketing", CategorySingulars.of("sales-marketing", "Sales & marketing"));
    }

    @Test
    @DisplayName("Acronyms and names with inner capitals keep their case")
    void acronymsKeepTheirCase() {
        assertEquals("CMS", CategorySingulars.of("cms", "CMS"));
        assertEquals("PaaS", CategorySingulars.of("paas", "PaaS"));
        assertEquals("JavaScript library", CategorySingulars.of("javascript-libraries", "JavaScript libraries"));
        assertEquals("WordPress theme", CategorySingulars.of("wordpress-themes", "WordPress themes"));
        assertEquals("UI framework", CategorySingulars.of("ui-frameworks", "UI frameworks"));
    }

    @Test
    @DisplayName("Irregular names come from the table")
    void irregularNames() {
        assertEquals("analytics tool", CategorySingulars.of("analytics", "Analytics"));
        assertEquals("A/B testing tool", CategorySingulars.of("a-b-testing", "A/B Testing"));
        assertEquals("hosting provider", CategorySingulars.of("hosting", "Hosting"));
        assertEquals("SEO tool", CategorySingulars.of("seo", "SEO"));
        assertEquals("Shopify app", CategorySingulars.of("shopify-apps", "Shopify apps"));
        assertEquals("loyalty and rewards program", CategorySingulars.of("loyalty-rewards", "Loyalty & rewards"));
    }
}
