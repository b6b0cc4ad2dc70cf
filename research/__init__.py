"""Research code kept beside the product, never installed with it (see research/alwabp/README.md)."""
