package dev.versus.render.freemarker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    @Test
    void encodesLikeTheJdkForEveryWidthOfCharacter() {
        String text = "ascii, é (2 bytes), — (3 bytes), ⭐ and 🔥 (4 bytes, a surrogate pair), ⬆️";
        Utf8Buffer buffer = new Utf8Buffer();
        buffer.write(text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
    }

    @Test
    void aSurrogatePairSplitAcrossWritesIsStillOneCharacter() {
        String fire = "🔥";
        Utf8Buffer buffer = new Utf8Buffer();
        buffer.write(fire.substring(0, 1));
        buffer.write(fire.substring(1));
        assertArrayEquals(fire.getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
    }

    @Test
    void resetReusesTheBufferAndGrowsPastItsFirstSize() {
        Utf8Buffer buffer = new Utf8Buffer();
        buffer.write("old");
        buffer.reset();
        String big = "é".repeat(40_000);
        buffer.write(big);
        assertArrayEquals(big.getBytes(StandardCharsets.UTF_8), buffer.toByteArray());
    }
}
