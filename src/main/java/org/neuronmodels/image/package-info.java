/**
 * Core results as ImgLib2 images (rasters, heatmaps, connectivity matrices)
 * with their calibration (Calibrated, CalibratedImg) and the conversion to
 * ImageJ images. Depends on core only; opens no window and writes no file
 * (io.TiffFiles does).
 */
package org.neuronmodels.image;
