package dev.versus.derive;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzip with every header byte fixed, so the committed snapshot can be rebuilt byte for byte on
 * any JDK. {@link java.util.zip.GZIPOutputStream} writes the operating-system byte its JDK
 * chooses (0 before Java 16, 255 since), so this writes the header itself: no modification time,
 * no file name, no extra flags, OS 255 ("unknown"), compression level 6 (zlib's default).
 */
final class FixedGzip {
    static final int LEVEL = 6;
    private static final byte[] HEADER = {
        0x1f, (byte) 0x8b, // magic
        8, // deflate
        0, // flags: no name, comment, extra field or header CRC
        0, 0, 0, 0, // modification time: none
        0, // extra flags
        (byte) 0xff, // operating system: unknown
    };

    private FixedGzip() {
    }

    static byte[] compress(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + HEADER.length + 8);
        out.writeBytes(HEADER);
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        writeLittleEndian(out, crc.getValue());
        writeLittleEndian(out, data.length & 0xffffffffL);
        return out.toByteArray();
    }

    private static void writeLittleEndian(ByteArrayOutputStream out, long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)) & 0xff);
        }
    }
}
