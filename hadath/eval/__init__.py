"""Scorers for the shared data. Each module exposes ``evaluate(data, **options) -> Report``.

``hadath eval NAME`` finds ``hadath.eval.NAME`` and prints its report as a table.
"""
