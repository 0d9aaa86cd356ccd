package dev.versus.render;

import dev.versus.plan.Page;

/** Renders one kind of page to the bytes of its file; shared by the render threads. */
public interface PageRenderer<P extends Page> {

    byte[] render(P page);
}
