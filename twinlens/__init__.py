"""twinlens: the command line and the paths that wire loaders, store and tui."""
__version__ = "0.1.0"
