package dev.versus.model;

/** What one count means; page wording follows it ("detected on 67,300 pages"). */
public enum Unit {
    WEBSITES("websites", "website"),
    PAGES("pages", "page"),
    DOMAINS("domains", "domain");

    private final String plural;
    private final String singular;

    Unit(String plural, String singular) {
        this.plural = plural;
        this.singular = singular;
    }

    /** The word as it appears in the snapshot and in sentences about many: "pages". */
    public String plural() {
        return plural;
    }

    public String singular() {
        return singular;
    }

    /** The unit for a snapshot's {@code unit} value, or null when the value is not one. */
    public static Unit fromJson(String value) {
        for (Unit unit : values()) {
            if (unit.plural.equals(value)) {
                return unit;
            }
        }
        return null;
    }
}
