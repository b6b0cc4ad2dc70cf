"""Labels: the GS1 logistic label model, its ZPL II and PDF renderers. No Qt."""
