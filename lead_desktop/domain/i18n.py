"""Translation markers usable outside Qt.

`QT_TRANSLATE_NOOP(context, text)` marks a string for Qt Linguist's extractor
(pyside6-lupdate matches the call by name) and returns it unchanged; the GUI
translates it with `QCoreApplication.translate(context, text)` when shown.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
