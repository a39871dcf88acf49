"""The desktop interface (PySide6). The only package of IMR Studio that imports Qt."""
