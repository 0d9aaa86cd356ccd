package dev.versus.model;

/** A pricing tag of the snapshot format, with the badge the pages show for it. */
public enum Pricing {
    FREE("free", "Free"),
    FREEMIUM("freemium", "Freemium"),
    LOW("low", "Paid, low cost"),
    MID("mid", "Paid, mid-range"),
    HIGH("high", "Paid, high cost"),
    ONETIME("onetime", "One-time payment"),
    RECURRING("recurring", "Subscription"),
    PAYG("payg", "Pay as you go"),
    POA("poa", "Price on request");

    private final String json;
    private final String label;

    Pricing(String json, String label) {
        this.json = json;
        this.label = label;
    }

    public String json() {
        return json;
    }

    /** The badge text. */
    public String label() {
        return label;
    }

    /** The tag for a snapshot value, or null when the value is not one. */
    public static Pricing fromJson(String value) {
        for (Pricing pricing : values()) {
            if (pricing.json.equals(value)) {
                return pricing;
            }
        }
        return null;
    }
}
