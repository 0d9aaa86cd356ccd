package dev.versus.write;

/**
 * Reports pages written as a build goes. Worker threads call {@link #pageDone()}; how and when
 * that is shown is the implementation's business.
 */
public interface Progress extends AutoCloseable {

    /** Shows nothing. */
    Progress SILENT = new Progress() {
        @Override
        public void start(long total) {
        }

        @Override
        public void pageDone() {
        }

        @Override
        public void close() {
        }
    };

    void start(long total);

    /** Called once per page written, from any thread; must be cheap. */
    void pageDone();

    /** Stops reporting; prints nothing more. */
    @Override
    void close();
}
