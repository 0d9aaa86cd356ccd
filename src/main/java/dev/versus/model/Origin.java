package dev.versus.model;

/** Whether a figure was measured or modeled; pages say so wherever they show a modeled one. */
public enum Origin {
    MEASURED, MODELED;

    public boolean isModeled() {
        return this == MODELED;
    }

    /** The origin for {@code "measured"} or {@code "modeled"}, or null for anything else. */
    public static Origin fromJson(String value) {
        return switch (value) {
            case "measured" -> MEASURED;
            case "modeled" -> MODELED;
            default -> null;
        };
    }
}
