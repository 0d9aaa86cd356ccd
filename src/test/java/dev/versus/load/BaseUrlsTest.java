package dev.versus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BaseUrlsTest {

    @Test
    void aTrailingSlashIsAddedSoRoutesAppendCleanly() {
        assertEquals("https://example.org/tech/", BaseUrls.parse("https://example.org/tech").toString());
        assertEquals("http://localhost:8080/", BaseUrls.parse("http://localhost:8080/").toString());
    }

    @Test
    void onlyAbsoluteWebUrlsAreAccepted() {
        assertNull(BaseUrls.parse("example.org"));
        assertNull(BaseUrls.parse("ftp://example.org/"));
        assertNull(BaseUrls.parse("/relative/"));
        assertNull(BaseUrls.parse("https://example.org/?q=1"));
    }
}
