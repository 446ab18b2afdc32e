"""The window program: Qt widgets, dialogs and table models over the services.

Importing this package (or any module in it) has no side effects: nothing
creates a QApplication, opens a site or touches the data folder until
`lead_desktop.app.main` asks for it. Only app.py imports from here.
"""
