package dev.versus.cli;

import dev.versus.init.BuiltInTemplates;
import dev.versus.init.NewSiteFolder;
import dev.versus.init.SiteSkeleton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code versus init}: a new site that builds as it is, with sample data to replace. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Makes a new site in DIR that builds as it is:",
            "  versus.toml                 the site's configuration",
            "  content/data/snapshot.json  sample data, to replace with yours",
            "  content/pages/              about, methodology and disclaimer pages",
            "  templates/                  your template overrides (see its README.md)",
            "  .gitignore and .github/workflows/site.yml (CI: build, check, publish)",
            "DIR must be missing (it is created) or empty: init never writes beside",
            "existing files. Then: cd DIR && java -jar versus.jar serve"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the site was made",
            "1:DIR is a file or is not empty (nothing was changed)",
            "2:usage: an unknown or malformed option",
            "4:the environment failed: permission denied, disk full"})
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
            description = "Folder of the new site (default: the current folder).")
    Path folder;

    @Option(names = "--templates",
            description = "Also copy every built-in template and asset into DIR/templates, to edit.")
    boolean templates;

    @Override
    public Integer call() {
        try {
            NewSiteFolder.prepare(folder);
        } catch (NewSiteFolder.NotEmptyException e) {
            System.err.println("versus init: " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (IOException e) {
            System.err.println("versus init: cannot create " + folder + ": " + e.getMessage());
            return ExitCodes.ENVIRONMENT;
        }
        try {
            SiteSkeleton.writeInto(folder);
            int copied = templates ? BuiltInTemplates.copyInto(folder.resolve("templates")) : 0;
            System.out.println(madeMessage(copied));
            return ExitCodes.OK;
        } catch (IOException e) {
            System.err.println("versus init: cannot write into " + folder + ": " + e.getMessage());
            return ExitCodes.ENVIRONMENT;
        }
    }

    /** What was made and what to do next: a new user's first question after init. */
    private String madeMessage(int templatesCopied) {
        String copied = templatesCopied == 0 ? ""
                : " and " + templatesCopied + " built-in templates and assets to edit in templates/";
        return "Made a new site in " + folder + " with sample data" + copied + ".\n"
                + "Next: " + (folder.toString().equals(".") ? "" : "cd " + folder + " && ")
                + "java -jar versus.jar serve (then open http://localhost:8080/); "
                + "replace content/data/snapshot.json with your own data.";
    }
}
