package org.gridgov.cli;

import org.gridgov.experiment.ExperimentException;
import org.gridgov.experiment.LocalEngine;
import org.gridgov.experiment.RunEngine;
import picocli.CommandLine.Option;

/** {@code --engine}: where the runs of a command that runs many are computed. */
final class EngineOption {

    @Option(names = "--engine", paramLabel = "local|spark",
            description = "Where the runs are computed: local (threads of this process, the default) or spark (the"
                    + " executors of an Apache Spark cluster: gridgov-spark.jar started by spark-submit, README"
                    + " 'Running on a cluster'). The outputs are the same byte for byte.")
    String engine = LocalEngine.NAME;

    /** The engine, on {@code threads} threads if local; an engine this gridgov lacks is a user error. */
    RunEngine open(int threads) {
        try {
            return RunEngine.open(engine, threads);
        } catch (ExperimentException e) {
            throw new UserError(e.getMessage());
        }
    }
}
