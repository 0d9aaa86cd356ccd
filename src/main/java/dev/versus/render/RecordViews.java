package dev.versus.render;

import dev.versus.write.PreparedPage;
import dev.versus.write.Sha256;
import freemarker.template.Template;

/**
 * A page whose view is a record: the record's text holds every figure and word the page shows,
 * so a digest of it (with the templates, which the build's inputs cover) decides whether the
 * page can change, as for comparison pages.
 */
final class RecordViews {
    private RecordViews() {
    }

    static PreparedPage prepared(Template template, Record view) {
        return new PreparedPage() {
            @Override
            public byte[] inputKey() {
                return Sha256.of(view.toString());
            }

            @Override
            public byte[] render() {
                return Templates.renderBytes(template, view);
            }
        };
    }
}
