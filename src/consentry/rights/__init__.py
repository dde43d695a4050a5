"""Data-subject rights: erasure now (export and reports belong here too)."""
