package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** --seed, --days and --warmup are one set of options: the same help and the same checks in every command. */
class RunLengthOptionsTest {
    private static final List<String> SIMULATING = List.of("run", "size", "experiment", "compare");

    @Test
    void everySimulatingCommandExplainsTheRunLengthTheSameWay() {
        for (String[] option : new String[][] {{"--seed=N", "seed"}, {"--days=D", "days"}, {"--warmup=D", "warmup_days"}}) {
            String run = help("run", option[0]);
            // The key path whole (a break at its dot would show here as "simulation. days").
            assertTrue(run.contains("Default: the scenario's simulation." + option[1] + " ("), run);
            for (String command : SIMULATING) {
                assertEquals(run, help(command, option[0]), command + " " + option[0]);
            }
        }
        assertTrue(help("run", "--days=D").contains("from 1 to 36500"));
        assertEquals(help("run", "--days=D"), help("gui", "--days=D"));
    }

    @Test
    void everySimulatingCommandRefusesTheSameRunLengthsBeforeReadingAnyFile() {
        for (String command : SIMULATING) {
            List<String> args = new ArrayList<>(List.of(command, "missing.yaml"));
            if (command.equals("size")) {
                args.addAll(List.of("--target", "resolution_rate>=0.9"));
            }
            MainTest.Result days = MainTest.gridgov(with(args, "--days", "0"));
            assertEquals(new MainTest.Result(2, "", "gridgov " + command + ": --days must be from 1 to 36500, not 0\n"),
                    days, command);
            MainTest.Result warmup = MainTest.gridgov(with(args, "--days", "10", "--warmup", "10"));
            assertEquals(new MainTest.Result(2, "", "gridgov " + command
                    + ": --warmup must be less than --days (10), so from 0 to 9, not 10\n"), warmup, command);
        }
    }

    private static String[] with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /** An option's paragraph of a command's help, with its line breaks and indentation taken out. */
    private static String help(String command, String option) {
        MainTest.Result r = MainTest.gridgov(command, "--help");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        StringBuilder text = new StringBuilder();
        boolean in = false;
        for (String line : lines) {
            boolean starts = line.matches(" {2}-\\S.*| {6}--\\S.*| {6}[A-Z]\\S.*");
            if (starts) {
                in = line.trim().startsWith(option);
            } else if (line.isBlank() || !line.startsWith(" ")) {
                in = false;
            }
            if (in) {
                text.append(' ').append(line.trim());
            }
        }
        assertTrue(text.length() > 0, option + " in\n" + r.out());
        return text.toString().replaceAll("\\s+", " ").trim();
    }
}
