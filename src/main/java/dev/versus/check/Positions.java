package dev.versus.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.select.Elements;

/**
 * Turns the findings of one file into problems with line and column: the file is parsed again,
 * this time tracking positions, and each finding's element is found by its index. Only files with
 * problems pay for this.
 */
final class Positions {
    private Positions() {
    }

    /** @param findings all of one file */
    static List<Problem> locate(SiteFiles files, int file, List<Finding> findings) {
        String path = files.path(file);
        List<Problem> problems = new ArrayList<>(findings.size());
        Elements all = needsParse(findings) ? parse(files, file) : null;
        for (Finding finding : findings) {
            Range.Position position = all == null ? null : position(all, finding);
            problems.add(position == null
                    ? new Problem(path, 1, 1, finding.message())
                    : new Problem(path, position.lineNumber(), position.columnNumber(), finding.message()));
        }
        return problems;
    }

    private static boolean needsParse(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.element() >= 0);
    }

    private static Elements parse(SiteFiles files, int file) {
        try {
            String html = new String(Files.readAllBytes(files.file(file)), StandardCharsets.UTF_8);
            return PageScanner.parse(html, true).getAllElements();
        } catch (IOException e) {
            return null;
        }
    }

    /** The attribute's name, else the element's start tag; null when neither is in the source. */
    private static Range.Position position(Elements all, Finding finding) {
        if (finding.element() < 0 || finding.element() >= all.size()) {
            return null;
        }
        Element element = all.get(finding.element());
        if (finding.attribute() != null) {
            Range name = element.attributes().sourceRange(finding.attribute()).nameRange();
            if (name.isTracked()) {
                return name.start();
            }
        }
        Range range = element.sourceRange();
        return range.isTracked() ? range.start() : null;
    }
}
