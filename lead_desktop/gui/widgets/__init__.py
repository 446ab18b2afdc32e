"""Reusable widgets shared by every page: the form builder that turns domain field specs into inputs."""

from lead_desktop.gui.widgets.forms import FormWidget

__all__ = ["FormWidget"]
