package dev.versus.render.keys;

import dev.versus.hash.Sha256;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.Map;

/**
 * The input key of a page: a SHA-256 of its view, which holds every value the page shows. The
 * view is streamed into the digest component by component, instead of digesting its
 * {@code toString()}: that built a string as large as the page (with {@code String.format} per
 * record on Java 17) only to encode and throw it away.
 *
 * <p>The encoding is unambiguous, so that two different views cannot stream the same bytes:
 * every value starts with a tag byte, strings and collections with their length, records with
 * their class name, then their components in declaration order. Values of other types are
 * digested by their class name and {@code toString()}, as before.
 */
public final class InputKeys {
    private static final ThreadLocal<Stream> STREAM = ThreadLocal.withInitial(Stream::new);

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte RECORD = 2;
    private static final byte COLLECTION = 3;
    private static final byte MAP = 4;
    private static final byte BOOLEAN = 5;
    private static final byte INT = 6;
    private static final byte LONG = 7;
    private static final byte ARRAY = 8;
    private static final byte OTHER = 9;

    private InputKeys() {
    }

    /** The SHA-256 of a view: equal views give equal keys, a change in any value another key. */
    public static byte[] of(Object view) {
        Stream stream = STREAM.get();
        stream.reset();
        stream.value(view);
        return stream.finish();
    }

    /** One thread's digest and the buffer that feeds it. */
    private static final class Stream {
        private final MessageDigest digest = Sha256.newDigest();
        private final byte[] buffer = new byte[8 * 1024];
        private int size;
        private char[] chars = new char[256];

        /** Drops what a failed call may have left half-streamed. */
        void reset() {
            size = 0;
            digest.reset();
        }

        byte[] finish() {
            flush();
            return digest.digest();
        }

        void value(Object value) {
            if (value == null) {
                tag(NULL);
            } else if (value instanceof String text) {
                tag(STRING);
                text(text);
            } else if (value instanceof Record record) {
                record(record);
            } else if (value instanceof Collection<?> collection) {
                tag(COLLECTION);
                integer(collection.size());
                for (Object element : collection) {
                    value(element);
                }
            } else if (value instanceof Map<?, ?> map) {
                tag(MAP);
                integer(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    value(entry.getKey());
                    value(entry.getValue());
                }
            } else {
                scalar(value);
            }
        }

        private void record(Record record) {
            Components components = COMPONENTS.get(record.getClass());
            if (components.readers == null) {
                scalar(record);
                return;
            }
            tag(RECORD);
            text(components.className);
            for (MethodHandle reader : components.readers) {
                value(components.read(reader, record));
            }
        }

        private void scalar(Object value) {
            if (value instanceof Boolean flag) {
                tag(BOOLEAN);
                tag(flag ? (byte) 1 : (byte) 0);
            } else if (value instanceof Integer number) {
                tag(INT);
                integer(number);
            } else if (value instanceof Long number) {
                tag(LONG);
                integer((int) (number >>> 32));
                integer(number.intValue());
            } else if (value.getClass().isArray()) {
                tag(ARRAY);
                int length = Array.getLength(value);
                integer(length);
                for (int i = 0; i < length; i++) {
                    value(Array.get(value, i));
                }
            } else {
                tag(OTHER);
                text(value.getClass().getName());
                text(String.valueOf(value));
            }
        }

        private void tag(byte tag) {
            room(1);
            buffer[size++] = tag;
        }

        private void integer(int n) {
            room(4);
            buffer[size++] = (byte) (n >>> 24);
            buffer[size++] = (byte) (n >>> 16);
            buffer[size++] = (byte) (n >>> 8);
            buffer[size++] = (byte) n;
        }

        /**
         * Its length, then each char in one to three bytes (UTF-8's forms for code points below
         * U+10000, surrogates included one by one), a prefix code, so the bytes decode one way only.
         */
        private void text(String text) {
            int length = text.length();
            integer(length);
            for (int start = 0; start < length; start += chars.length) {
                int end = Math.min(length, start + chars.length);
                text.getChars(start, end, chars, 0);
                chars(end - start);
            }
        }

        private void chars(int count) {
            room(count * 3);
            byte[] out = buffer; // locals, so that the loop does not store to fields on every char
            int n = size;
            for (int i = 0; i < count; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    out[n++] = (byte) c;
                } else if (c < 0x800) {
                    out[n++] = (byte) (0xC0 | c >> 6);
                    out[n++] = (byte) (0x80 | c & 0x3F);
                } else {
                    out[n++] = (byte) (0xE0 | c >> 12);
                    out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    out[n++] = (byte) (0x80 | c & 0x3F);
                }
            }
            size = n;
        }

        /** Makes room for {@code bytes} more; chars(...) asks for at most 3 × 256 at once. */
        private void room(int bytes) {
            if (size + bytes > buffer.length) {
                flush();
            }
        }

        private void flush() {
            digest.update(buffer, 0, size);
            size = 0;
        }
    }

    private static final ClassValue<Components> COMPONENTS = new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
            return Components.of(type);
        }
    };

    /** A record class's name and component accessors, in declaration order, found once. */
    private static final class Components {
        private static final MethodType OBJECT_TO_OBJECT = MethodType.methodType(Object.class, Object.class);

        final String className;
        final MethodHandle[] readers;

        private Components(String className, MethodHandle[] readers) {
            this.className = className;
            this.readers = readers;
        }

        /** Components of a record Versus cannot open (none of its own) are digested as text. */
        static Components of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandle[] readers = new MethodHandle[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    readers[i] = MethodHandles.lookup().unreflect(accessor).asType(OBJECT_TO_OBJECT);
                }
            } catch (IllegalAccessException | RuntimeException e) {
                readers = null;
            }
            return new Components(type.getName(), readers);
        }

        Object read(MethodHandle reader, Record record) {
            try {
                return (Object) reader.invokeExact((Object) record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("record accessor threw a checked exception", e);
            }
        }
    }

}
