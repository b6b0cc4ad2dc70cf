"""Ergonomic assignment and line balancing (OR-Tools CP-SAT). No Qt."""
