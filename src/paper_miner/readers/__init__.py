"""Readers turn a file into a Layout (pages and blocks); the only stage that opens papers."""
