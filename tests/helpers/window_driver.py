"""The real window program (lead_desktop.app.main) on a site folder, driven like a person would drive it.

Run by tests/gui/test_drafts_crash.py as a child process, offscreen: it signs in through the sign-in
dialog, opens one participant's profile, opens Record contact and types a note with real key events,
waits until the window has written the draft by itself (a few seconds after the last keystroke),
prints "ready" and waits to be killed. Standard input: user name, password, participant id, note.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    folder = sys.argv[1]
    username, password, participant_id, note = (sys.stdin.readline().rstrip("\n") for _ in range(4))

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from lead_desktop import app as program

    qt = QApplication([sys.argv[0]])
    state = {"step": "sign_in"}

    def visible(kind: str):  # noqa: ANN202 - a top-level widget or None
        return next((w for w in qt.topLevelWidgets() if type(w).__name__ == kind and w.isVisible()), None)

    def tick() -> None:
        step = state["step"]
        if step == "sign_in" and (dialog := visible("SignInDialog")) is not None:
            dialog.ui.username_edit.setText(username)
            dialog.ui.password_edit.setText(password)
            dialog.ui.sign_in_button.click()
            state["step"] = "type"
        elif step == "type" and (window := visible("MainWindow")) is not None:
            window.open_participant(participant_id)
            form = window.pages["participants"].tabs.currentWidget().record_contact()
            note_edit = form.form.input("note")
            note_edit.setFocus()
            QTest.keyClicks(note_edit, note)
            state.update(step="wait", window=window)
            print("typed", flush=True)
        elif step == "wait":
            from lead_desktop.services import drafts

            if drafts.list_drafts(state["window"].site):
                state["step"] = "done"
                print("ready", flush=True)

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(100)
    assert qt is QApplication.instance()
    return program.main(["--data-dir", folder])


if __name__ == "__main__":
    raise SystemExit(main())
