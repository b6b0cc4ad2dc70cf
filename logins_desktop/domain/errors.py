"""Errors the domain raises. Messages are plain French: they are shown to the person as they are."""


class DomainError(ValueError):
    """A rule refused something; str(error) is the French sentence for the person."""
