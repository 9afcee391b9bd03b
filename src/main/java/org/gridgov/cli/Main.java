package org.gridgov.cli;
public class Main { public static void main(String[] a){ System.out.println(sim.engine.SimState.class); } }
