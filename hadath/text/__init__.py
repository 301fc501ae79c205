"""The Arabic text layer: normalisation with offset maps, segmentation, numbers and dates."""
