/**
 * {@code gridgov calibrate} (docs/ODD.md 12.3): a targets file read into a checked plan
 * ({@link org.gridgov.calibration.CalibrationReader}), the ABC-SMC search run batch by batch on the experiment
 * machinery with a journal per batch ({@link org.gridgov.calibration.Calibration}), the posterior, fit and verdict
 * ({@link org.gridgov.calibration.CalibrationResult}) and the outputs, calibrated scenario and report.
 */
package org.gridgov.calibration;
