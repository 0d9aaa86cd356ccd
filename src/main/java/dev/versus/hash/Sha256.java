package dev.versus.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests, with one MessageDigest per thread (they are not thread-safe). */
public final class Sha256 {
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);
    /**
     * Cloned for each new digest: a clone copies a few words of state, where getInstance looks
     * the algorithm up among the providers, which a rebuild did twice per page.
     */
    private static final MessageDigest PROTOTYPE = lookUp();

    private Sha256() {
    }

    /** A digest of one's own, for input fed in parts; not thread-safe. */
    public static MessageDigest newDigest() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return lookUp();
        }
    }

    private static MessageDigest lookUp() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static byte[] of(byte[] bytes) {
        return DIGEST.get().digest(bytes);
    }

    /** The digest of {@code first} followed by {@code second}, on this thread's digest. */
    public static byte[] of(byte[] first, byte[] second) {
        MessageDigest digest = DIGEST.get();
        digest.update(first);
        digest.update(second);
        return digest.digest();
    }

    public static byte[] of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
