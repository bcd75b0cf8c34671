"""Helpers every renderer shares: atomic file output and the "page N of M" canvas.

`atomic_output` makes sure a half-written file never sits at the target path, even if
rendering fails or the process is killed; `NumberedCanvas` draws footers that need the
total page count in a single reportlab build.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

__all__ = ["NumberedCanvas", "atomic_output"]

# ASCII85 stream encoding only serves 7-bit transports; here it makes every PDF a quarter
# larger and costs several milliseconds (more on a 400-page journal) in pure Python.
rl_config.useA85 = 0


@contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temp path next to `out`; move it over `out` only if the block succeeds."""
    out = Path(out)
    # Same folder, so os.replace is a rename on one volume and atomic on Windows too.
    fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.stem}-", suffix=".part")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        os.replace(tmp, out)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise


class NumberedCanvas(Canvas):
    """A canvas that draws "page N of M" footers once M is known, in a single build."""

    footer: Callable[[Canvas, int, int], None] = staticmethod(lambda c, n, m: None)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # reportlab's name; called once per finished page
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for n, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            type(self).footer(self, n, total)
            super().showPage()
        super().save()

    @classmethod
    def with_footer(cls, footer: Callable[[Canvas, int, int], None]) -> type[NumberedCanvas]:
        return type("FooterCanvas", (cls,), {"footer": staticmethod(footer)})
