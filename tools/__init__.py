"""Development tools (not shipped): import-linter's contract types for FleetDesk."""
