package dev.versus.render;

import dev.versus.plan.Page;

/** Renders one kind of page to the bytes of its file; shared by the render threads. */
public interface PageRenderer<P extends Page> {

    byte[] render(P page);

    /**
     * The template the page is rendered with ("comparison.ftlh"), or null for a file made
     * without one; the preview server drops a cached page when this template (or one it imports)
     * changes.
     */
    default String template(P page) {
        return null;
    }

    /**
     * The page ready to render. Kinds that can say cheaply what their bytes depend on return an
     * input key, so that an unchanged page is not rendered again; by default there is none.
     */
    default PreparedPage prepare(P page) {
        return PreparedPage.of(() -> render(page));
    }
}
