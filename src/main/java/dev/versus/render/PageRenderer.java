package dev.versus.render;

import dev.versus.plan.Page;

/** Renders one kind of page to the bytes of its file; shared by the render threads. */
public interface PageRenderer<P extends Page> {

    byte[] render(P page);

    /**
     * The page ready to render. Kinds that can say cheaply what their bytes depend on return an
     * input key, so that an unchanged page is not rendered again; by default there is none.
     */
    default PreparedPage prepare(P page) {
        return PreparedPage.of(() -> render(page));
    }
}
