package dev.versus.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ISO 3166-1 alpha-2 codes and their English names from a pinned CLDR release, read from the
 * committed table {@value #RESOURCE} (generated with ICU4J; see the table's first lines). Pages
 * take country names from here and never from the JDK's locale data, which differs between Java
 * releases (Java 17 says "Turkey", Java 25 and CLDR 49 "Türkiye"), so every JDK builds the same
 * bytes. The names are CLDR's own; {@link CountryNames} cleans the few that read badly in a sentence.
 */
public final class CldrCountryNames {
    /** Beside this class in the jar: a line "# ..." per comment, then "CODE\tName" by code. */
    public static final String RESOURCE = "country-names.tsv";

    private static final Map<String, String> NAMES = load();

    private CldrCountryNames() {
    }

    /** Every ISO 3166-1 alpha-2 code of the table, in code order. */
    public static Set<String> codes() {
        return NAMES.keySet();
    }

    /** CLDR's English name of an ISO code, or null for a code not in the table. */
    static String name(String code) {
        return NAMES.get(code);
    }

    private static Map<String, String> load() {
        try (InputStream in = CldrCountryNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path beside " + CldrCountryNames.class);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's rows; a malformed row is a bug of the build (the table is generated and tested). */
    static Map<String, String> parse(InputStream in) throws IOException {
        Map<String, String> names = new TreeMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 2 || !fields[0].matches("[A-Z]{2}") || fields[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ":" + number + ":1: expected CODE<tab>Name, found " + line);
            }
            names.put(fields[0], fields[1]);
        }
        return java.util.Collections.unmodifiableMap(names);
    }
}
