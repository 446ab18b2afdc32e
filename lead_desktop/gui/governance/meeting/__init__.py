"""One meeting in the window: the editor (editor.py) and one module per tab of the record."""

from lead_desktop.gui.governance.meeting.editor import MeetingEditor
from lead_desktop.gui.governance.meeting.minutes import ApproveMinutesDialog

__all__ = ["ApproveMinutesDialog", "MeetingEditor"]
