package dev.versus.check;

import java.net.URI;
import java.util.List;

/**
 * What a check found.
 *
 * @param pages HTML pages read
 * @param links URLs checked, external ones included
 * @param externalLinks http(s) URLs to other hosts, counted and not fetched
 * @param base the URL the site was checked as served from
 * @param problems sorted by file, line and column
 */
public record CheckReport(int pages, long links, long externalLinks, URI base, List<Problem> problems) {

    public CheckReport {
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** One line: pages, links, and problems. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "checked %,d pages and %,d links (%,d external, not fetched) as served from %s: %,d %s",
                pages, links, externalLinks, base, problems.size(), problems.size() == 1 ? "problem" : "problems");
    }
}
