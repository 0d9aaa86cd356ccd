package dev.versus.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LiveReloadTest {
    static final String TAG = "<script src=\"/__versus/live.js\"></script>\n";

    private static String inject(String html) {
        return new String(LiveReload.inject(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void theScriptGoesBeforeTheLastClosingBodyTag() {
        assertEquals("<body><p>&lt;/body&gt; caf\u00e9</p>" + TAG + "</BODY></html>",
                inject("<body><p>&lt;/body&gt; caf\u00e9</p></BODY></html>"));
        assertEquals("<p>x</p><!-- </body> -->" + TAG + "</body>", inject("<p>x</p><!-- </body> --></body>"));
    }

    @Test
    void withoutAClosingBodyTagTheScriptGoesAtTheEnd() {
        assertEquals("<p>fragment</p>" + TAG, inject("<p>fragment</p>"));
    }

    @Test
    void aMessageOfSeveralLinesIsSentAsSeveralDataLines() {
        assertEquals("event: build-error\ndata: a.ftlh:1:2: bad\ndata: \ndata: tip\n\n",
                LiveReload.event("build-error", "a.ftlh:1:2: bad\n\r\ntip"));
    }

    @Test
    void theInjectedPageHasItsOwnETag() {
        assertEquals("\"abc-live\"", LiveReload.injectedTag("\"abc\""));
    }
}
