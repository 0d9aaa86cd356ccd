package dev.versus.render;

import freemarker.template.Template;

/** Pages rendered from one view record, keyed by a digest of the view (comparisons have their own keys: {@link ComparisonInputs}). */
final class ViewPages {
    private ViewPages() {
    }

    /**
     * The view holds every figure and word the page shows, so a digest of it (with the
     * templates, which the build's inputs cover) decides whether the page can change.
     */
    static PreparedPage prepared(Template template, Record view) {
        return new PreparedPage() {
            @Override
            public byte[] inputKey() {
                return InputKeys.of(view);
            }

            @Override
            public byte[] render() {
                return Templates.renderBytes(template, view);
            }
        };
    }
}
