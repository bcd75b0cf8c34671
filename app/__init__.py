"""Qabyldau (Қабылдау): the Qt-free core — domain rules, workflows and the CLI."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("qabyldau")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
