"""Extractors: pure functions from a laid-out paper to records, one package per record type.

``records.extract_records`` runs them in order. This package imports nothing on its own, so
that the layout stage and grounding can take the shared vocabulary from ``common`` without
loading every extractor.
"""
