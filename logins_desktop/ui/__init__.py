"""Qt lives here and only here (import-linter contract in pyproject.toml)."""
