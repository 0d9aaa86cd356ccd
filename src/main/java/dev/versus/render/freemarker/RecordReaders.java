package dev.versus.render.freemarker;

import freemarker.template.TemplateModel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The properties a template can read from a record, per record class, found once: each public
 * zero-argument method the record declares (its components and derived values such as
 * {@code PageMeta.stylesheet()}), as a method handle. {@link RecordModel} calls these instead of
 * FreeMarker's per-read introspection lookups and reflective {@code Method.invoke}.
 *
 * <p>Only names FreeMarker would certainly resolve to that same method are listed; anything
 * else (bean-style getters, overloaded names, Object's methods, non-public records) is left to
 * FreeMarker's own bean model, so templates see exactly what they saw before.
 */
final class RecordReaders {
    private static final ClassValue<Map<String, MethodHandle>> READERS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            return find(type);
        }
    };

    private static final MethodType OBJECT_TO_OBJECT = MethodType.methodType(Object.class, Object.class);

    private RecordReaders() {
    }

    /** The readers of a record class by property name; empty when the class must go the slow way. */
    static Map<String, MethodHandle> of(Class<?> recordClass) {
        return READERS.get(recordClass);
    }

    private static Map<String, MethodHandle> find(Class<?> type) {
        if (!type.isRecord() || !isPublicAllTheWayOut(type) || wrappedSpecially(type)) {
            return Map.of();
        }
        Map<String, Integer> publicNames = new HashMap<>();
        for (Method method : type.getMethods()) {
            publicNames.merge(method.getName(), 1, Integer::sum);
        }
        Map<String, MethodHandle> readers = new HashMap<>();
        for (Method method : type.getDeclaredMethods()) {
            if (isPlainReader(method, publicNames)) {
                readers.put(method.getName(), handle(method));
            }
        }
        // A HashMap, not Map.copyOf: its lookup masks the hash where Map.copyOf's divides
        // (Math.floorMod), and every ${view.name} of every page is one lookup.
        return readers.isEmpty() ? Map.of() : Collections.unmodifiableMap(readers);
    }

    /** FreeMarker introspects only methods it can call: those of public classes. */
    private static boolean isPublicAllTheWayOut(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** Records that are also collections, maps or models get FreeMarker's treatment for those. */
    private static boolean wrappedSpecially(Class<?> type) {
        for (Class<?> special : SPECIAL) {
            if (special.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private static final List<Class<?>> SPECIAL = List.of(TemplateModel.class, Iterable.class, Map.class,
            Iterator.class, Enumeration.class, org.w3c.dom.Node.class);

    private static boolean isPlainReader(Method method, Map<String, Integer> publicNames) {
        int modifiers = method.getModifiers();
        String name = method.getName();
        return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers)
                && !method.isBridge() && !method.isSynthetic()
                && method.getParameterCount() == 0 && method.getReturnType() != void.class
                && publicNames.get(name) == 1
                && !isObjectMethod(name)
                && !looksLikeBeanProperty(name)
                && !shadowedByBeanGetter(name, publicNames);
    }

    private static boolean isObjectMethod(String name) {
        return name.equals("toString") || name.equals("hashCode") || name.equals("getClass");
    }

    /** getX() and isX() are bean property readers: FreeMarker exposes them as "x", not by name. */
    private static boolean looksLikeBeanProperty(String name) {
        return startsWithPrefix(name, "get") || startsWithPrefix(name, "is");
    }

    private static boolean startsWithPrefix(String name, String prefix) {
        return name.startsWith(prefix)
                && (name.length() == prefix.length() || !Character.isLowerCase(name.charAt(prefix.length())));
    }

    /** A component "x" beside a getX() or isX() method: which one wins is FreeMarker's business. */
    private static boolean shadowedByBeanGetter(String name, Map<String, Integer> publicNames) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return publicNames.containsKey("get" + capitalized) || publicNames.containsKey("is" + capitalized);
    }

    private static MethodHandle handle(Method method) {
        try {
            return MethodHandles.publicLookup().unreflect(method).asType(OBJECT_TO_OBJECT);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("public method of a public record is not accessible: " + method, e);
        }
    }
}
