"""The vehicle view: one row per vehicle across all integrations, read from the store.

A layer above the integrations (DESIGN.md rule 2): it reads their tables with SQL and never the
other way round (an import-linter contract keeps integrations from importing it). Qt-free.
"""
