"""The program report's charts on the Reports page: the PDF's own drawings under the PDF's headings.

reports.program_report.program_charts draws them for the PDF and for the window alike, so a chart
on screen is the chart on paper; here they are rendered to SVG and shown in QSvgWidgets. Counting
the numbers runs on the page's task runner. A part of `ReportsPage` (a mixin: the page owns the widgets).
"""

from __future__ import annotations

from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel

from lead_desktop import languages
from lead_desktop.domain.errors import KnownError
from lead_desktop.gui.widgets.look import heading
from lead_desktop.gui.widgets.text import error_text
from lead_desktop.reports import charts
from lead_desktop.services import reporting

CHART_SCALE = 1.5  # points → pixels on screen


class ChartsPart:
    """Counts the period's numbers and shows the report's charts."""

    def _clear_charts(self) -> None:
        while self.chart_layout.count():
            item = self.chart_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.chart_widgets: list[QSvgWidget] = []

    def show_charts(self) -> bool:
        """Count the program report's numbers on the worker, then show its charts (the PDF's drawings)."""
        site = self._site
        if site is None or self.job is not None or self.kind != "program":
            return False
        try:
            request = self.request("pdf")
        except KnownError as err:
            self.status_label.setText(error_text(err))
            return False

        def work(progress, cancelled):  # noqa: ANN001, ANN202 - runs on the worker thread
            data = reporting.program_report(site, request.period, public=request.public,
                                            progress=lambda step: progress(step * 25, 100))
            if cancelled() or site.closed:
                raise reporting.ExportCancelled()
            return chart_svgs(data)

        self.status_label.setText(self.tr("Counting…"))
        self._start(work, self._on_charts_ready, self._on_export_failed)
        return True

    def _on_charts_ready(self, charts: list[tuple[str, bytes, float, float]]) -> None:
        self._clear_charts()
        for heading_text, data, width, height in charts:
            title = QLabel(heading_text, self.chart_area)
            title.setObjectName("chart_heading_label")
            heading(title, 1.1)
            widget = QSvgWidget(self.chart_area)
            widget.setObjectName("chart_svg")
            widget.setAccessibleName(heading_text)
            widget.load(data)
            widget.setFixedSize(int(width * CHART_SCALE), int(height * CHART_SCALE))
            self.chart_layout.addWidget(title)
            self.chart_layout.addWidget(widget)
            self.chart_widgets.append(widget)
        self.chart_layout.addStretch(1)
        self.status_label.setText(self.tr("Charts of the period shown below."))



def chart_svgs(data) -> list[tuple[str, bytes, float, float]]:  # noqa: ANN001 - ProgramReportData
    """The program report's charts as the PDF draws them, as (heading, SVG, width, height)."""
    from lead_desktop.reports import program_report

    return [(title, charts.svg_bytes(drawing), drawing.width, drawing.height)
            for title, drawing in program_report.program_charts(data, languages.translate_report_text)]
