"""Guards against Qt binding regressions that would crash the program during a working day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(int, int)


def test_signal_emit_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 on Python 3.11 drops one reference to True per emit; the register
    # model emits on every search, so after a few thousand searches Python aborts.
    emitter = _Emitter()
    got: list[int] = []
    emitter.changed.connect(lambda a, _b: got.append(a))
    before = sys.getrefcount(True)
    for i in range(2000):
        emitter.changed.emit(i, i)
    after = sys.getrefcount(True)
    assert len(got) == 2000
    assert after - before > -50, f"True lost {before - after} references over 2000 emits"
