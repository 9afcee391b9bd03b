package org.gridgov.archfixture.model;

import org.gridgov.archfixture.cli.Tool;

/** The model reaching up into the command line: a layer violation. */
public final class UsesCommandLine {
    Tool tool() {
        return new Tool();
    }
}
