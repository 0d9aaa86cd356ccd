package dev.versus.derive;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WebsiteRuleTest {

    @Test
    @DisplayName("Absolute http and https URLs with a host are kept as they are")
    void httpAndHttpsAreKept() {
        assertEquals("https://www.djangoproject.com", WebsiteRule.acceptable("https://www.djangoproject.com"));
        assertEquals("HTTP://example.org/path?q=1", WebsiteRule.acceptable("HTTP://example.org/path?q=1"));
    }

    @Test
    @DisplayName("Surrounding whitespace is trimmed before the check")
    void whitespaceIsTrimmed() {
        assertEquals("https://www.myonlinestore.com/", WebsiteRule.acceptable("https://www.myonlinestore.com/ "));
    }

    @Test
    @DisplayName("Other schemes, relative URLs, user info, missing hosts and junk become null")
    void everythingElseIsNull() {
        assertNull(WebsiteRule.acceptable(null));
        assertNull(WebsiteRule.acceptable("ftp://example.org"));
        assertNull(WebsiteRule.acceptable("//example.org"));
        assertNull(WebsiteRule.acceptable("example.org"));
        assertNull(WebsiteRule.acceptable("http://user:secret@example.org"));
        assertNull(WebsiteRule.acceptable("https:///path-only"));
        assertNull(WebsiteRule.acceptable("https://exa mple.org"));
        assertNull(WebsiteRule.acceptable("javascript:alert(1)"));
    }
}
