"""Geocoding: an Arabic gazetteer built from GeoNames, context disambiguation, ACLED precision."""
