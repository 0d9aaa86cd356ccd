package dev.versus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressReportTest {

    @Test
    void lineShowsDoneOfTotalRateAndTimeLeft() {
        // 1,000 of 4,000 in 2 s: 500 pages/s, 3,000 left -> 6 s; 25% -> 6 of 24 marks.
        assertEquals("[######..................]  25% 1,000 of 4,000 pages, 500 pages/s, 6 s left",
                ProgressReport.line(1_000, 4_000, 2.0));
    }

    @Test
    void withoutATerminalItPrintsPlainLines() throws Exception {
        String printed = printedWhileRunning(false);
        assertTrue(printed.contains("1 of 10 pages"), printed);
        assertTrue(!printed.contains("\r"), "no carriage returns in a log");
    }

    @Test
    void onATerminalItRedrawsOneLineInPlace() throws Exception {
        String printed = printedWhileRunning(true);
        assertTrue(printed.startsWith("\r["), printed);
        assertTrue(printed.endsWith("\r\u001b[K"), "the bar is erased on close");
    }

    /** Output of a report with a 10 ms interval, after one page, once a line has appeared. */
    private static String printedWhileRunning(boolean terminal) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressReport report = new ProgressReport(out, terminal, 10);
        report.start(10);
        report.pageDone();
        for (int i = 0; i < 200 && !bytes.toString(StandardCharsets.UTF_8).contains("pages/s"); i++) {
            Thread.sleep(10);
        }
        report.close();
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
