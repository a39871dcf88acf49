"""IMR Studio: an offline authoring assistant for police Individual Management Reviews."""

__version__ = "0.1.0"
