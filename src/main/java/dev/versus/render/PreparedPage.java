package dev.versus.render;

/**
 * A page ready to render: a key for everything its bytes depend on, when the renderer can give
 * one cheaply, and the rendering itself, done only if the key does not show the bytes unchanged.
 */
public interface PreparedPage {

    /** A digest of every input of the page, or null when the renderer cannot tell. */
    byte[] inputKey();

    byte[] render();

    /** A page without an input key: it is always rendered, and written only if its bytes changed. */
    static PreparedPage of(java.util.function.Supplier<byte[]> render) {
        return new PreparedPage() {
            @Override
            public byte[] inputKey() {
                return null;
            }

            @Override
            public byte[] render() {
                return render.get();
            }
        };
    }

    /** A page whose bytes depend on nothing but what {@code key} digests. */
    static PreparedPage keyed(byte[] key, java.util.function.Supplier<byte[]> render) {
        return new PreparedPage() {
            @Override
            public byte[] inputKey() {
                return key;
            }

            @Override
            public byte[] render() {
                return render.get();
            }
        };
    }
}
