"""Display labels for codes the core stores (statuses), translated when shown.

The sources are English and marked with QT_TRANSLATE_NOOP so lupdate collects them; the
Kazakh and Russian texts live in translations/*.ts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS_LABELS: dict[str, str] = {
    "registered": QT_TRANSLATE_NOOP("Status", "Registered"),
    "at_commission": QT_TRANSLATE_NOOP("Status", "At the commission"),
    "act_done": QT_TRANSLATE_NOOP("Status", "Inspection act drawn up"),
    "in_packet": QT_TRANSLATE_NOOP("Status", "In an outgoing packet"),
    "sent": QT_TRANSLATE_NOOP("Status", "Sent to the department"),
    "decided": QT_TRANSLATE_NOOP("Status", "Decided"),
    "ready_for_issue": QT_TRANSLATE_NOOP("Status", "Ready for issue"),
    "refused_to_accept": QT_TRANSLATE_NOOP("Status", "Refused to accept"),
    "issued": QT_TRANSLATE_NOOP("Status", "Issued"),
    "closed": QT_TRANSLATE_NOOP("Status", "Closed"),
}


def status_label(code: str) -> str:
    """The status in the interface language; an unknown code is shown as it is."""
    source = STATUS_LABELS.get(code)
    return QCoreApplication.translate("Status", source) if source else code
