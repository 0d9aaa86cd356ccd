package dev.versus.site;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the W3C's HTML validator), run in-process on one file at a time. Only
 * errors are collected; warnings are not failures.
 */
final class NuHtmlChecker {
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private NuHtmlChecker() {
    }

    /** Every error the checker reports for the file, as "line:column: message". */
    static List<String> errors(File html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings (such as "consider adding a lang attribute") are advice, not failures.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, collect);
        validator.setUpValidatorAndParsers(collect, true, false);
        validator.checkHtmlFile(html, true);
        return errors;
    }
}
