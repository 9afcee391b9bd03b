package org.gridgov.archfixture.cli;

import org.gridgov.archfixture.model.Clean;

/** The command line may use everything below it. */
public final class Tool {
    Clean model() {
        return new Clean();
    }
}
