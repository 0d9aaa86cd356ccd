package dev.versus.render;

import dev.versus.hash.Sha256;
import dev.versus.plan.Page;

/** Files copied as they are; their bytes are their own input key. */
final class AssetPages implements PageRenderer<Page.Asset> {

    @Override
    public byte[] render(Page.Asset page) {
        return page.bytes();
    }

    @Override
    public PreparedPage prepare(Page.Asset page) {
        return PreparedPage.keyed(Sha256.of(page.bytes()), page::bytes);
    }
}
