package org.gridgov.gui;

import java.awt.Color;

/** Colour ramps for the map, from a value's low end (0) to its high end (1), interpolated between stops. */
enum Palette {
    /** Cream to deep red: more is worse (open cases, latent issues, hours since patrol, load). */
    HEAT(0xFFF6DA, 0xFDD58A, 0xF9A050, 0xE8603C, 0xC02A3B, 0x7A1038),
    /** Brown through pale to teal: low is bad, high is good, readable with red-green colour blindness. */
    BROWN_TEAL(0x8C510A, 0xD8B365, 0xF6EBD0, 0x8FCFC4, 0x01665E),
    /** Pale to deep blue: a neutral quantity (households). */
    BLUES(0xEEF4FA, 0xBDD7EC, 0x7FB2D9, 0x3D85C0, 0x0B4F8F);

    private final Color[] stops;

    Palette(int... rgb) {
        stops = new Color[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            stops[i] = new Color(rgb[i]);
        }
    }

    /** The colour at {@code f} in [0, 1] (clamped). */
    Color at(double f) {
        double x = Math.max(0, Math.min(1, f)) * (stops.length - 1);
        int i = Math.min((int) x, stops.length - 2);
        double t = x - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
                mix(a.getBlue(), b.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
