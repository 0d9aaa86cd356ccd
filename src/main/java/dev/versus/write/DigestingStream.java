package dev.versus.write;

import dev.versus.hash.Sha256;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;

/** Passes bytes on while counting them and taking their SHA-256, for files written as streams. */
final class DigestingStream extends FilterOutputStream {
    private final MessageDigest digest;
    private long size;

    DigestingStream(OutputStream out) {
        super(out);
        this.digest = Sha256.newDigest();
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        digest.update((byte) b);
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        digest.update(bytes, offset, length);
        size += length;
    }

    long size() {
        return size;
    }

    /** The digest of everything written; call once, after the last write. */
    byte[] sha256() {
        return digest.digest();
    }
}
