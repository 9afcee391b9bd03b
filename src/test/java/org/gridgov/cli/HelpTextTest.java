package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help texts are whole sentences (issue 17, part 5): picocli prints each element of a description on a line of
 * its own, so an element that stops mid-sentence breaks the text in the middle of a line.
 */
class HelpTextTest {

    @Test
    void everyDescriptionOfEveryCommandAndOptionIsMadeOfWholeSentences() {
        List<String> broken = new ArrayList<>();
        CommandLine root = new CommandLine(new Main());
        List<CommandSpec> commands = new ArrayList<>(List.of(root.getCommandSpec()));
        root.getSubcommands().values().forEach(c -> commands.add(c.getCommandSpec()));
        for (CommandSpec c : commands) {
            for (String line : c.usageMessage().description()) {
                check(c.name(), line, broken);
            }
            for (OptionSpec o : c.options()) {
                for (String line : o.description()) {
                    check(c.name() + " " + o.longestName(), line, broken);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    private static void check(String where, String line, List<String> broken) {
        String text = line.replace("%n", "").strip(); // %n: picocli's own line break
        if (!text.isEmpty() && !(text.endsWith(".") || text.endsWith(".)"))) {
            broken.add(where + ": '" + text + "'");
        }
        // picocli formats each line; a lone % (as in "95% intervals") makes it print a warning and the raw text.
        try {
            String.format(line);
        } catch (java.util.IllegalFormatException e) {
            broken.add(where + ": a % that is no format ('" + line + "'); write %%");
        }
    }
}
