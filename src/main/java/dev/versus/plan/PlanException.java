package dev.versus.plan;

/** The site cannot be planned as given, for instance because two pages claim one path. */
public final class PlanException extends Exception {
    public PlanException(String message) {
        super(message);
    }
}
