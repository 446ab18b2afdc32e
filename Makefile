# Targets named in README.md. `make run` and `make test` work on a fresh machine:
# they install the Debian libraries Qt needs and create .venv when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

QT_DEBS := libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 fonts-dejavu-core
# A real PostgreSQL server for the shared-server tests and the load benchmark (started on loopback),
# with pgaudit loaded, as the README suggests a site records reads made around the program.
PG_DEBS := postgresql-15 postgresql-client-15 postgresql-15-pgaudit ssl-cert
# A private D-Bus daemon for the tests of locking before sleep (a stand-in logind runs on it).
TEST_DEBS := dbus-daemon
XVFB_DEBS := xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
             libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0

.PHONY: run test bench bundle debs debs-pg debs-test debs-x venv forms translations clean

run: debs debs-x venv
	$(VENV)/bin/lead-desktop $(ARGS)

# Two test processes (pytest-xdist), one per core of the machines the team and CI run on; each has
# its own PostgreSQL server and template sites, and a test file stays in one process. PYTEST_ARGS
# narrows the run (PYTEST_ARGS="-k wizard -x"); PYTEST_WORKERS=0 runs in this process (for --pdb).
PYTEST_WORKERS ?= 2

test: debs debs-pg debs-test venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

bench: debs debs-pg venv
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# The frozen program for this OS in dist/lead-desktop/ (plus the Linux tarball), smoke-tested;
# see installer/README.md. PyInstaller is a build tool only, so it is not in pyproject's extras.
PYINSTALLER := pyinstaller>=6,<7

bundle: debs debs-x venv
	$(PY) -c "import PyInstaller, sys; sys.exit(PyInstaller.__version__.split('.')[0] != '6')" 2>/dev/null \
		|| $(PY) -m pip install --quiet '$(PYINSTALLER)'
	installer/build.sh

debs:
	@scripts/ensure-debs $(QT_DEBS)

debs-pg:
	@scripts/ensure-debs $(PG_DEBS)

debs-test:
	@scripts/ensure-debs $(TEST_DEBS)

debs-x:
	@scripts/ensure-debs $(XVFB_DEBS)

venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

forms: venv
	$(PY) scripts/build_forms.py

# Qt Linguist: extract the strings into translations/*.ts, fill from the word lists, compile to
# resources/translations/*.qm (see scripts/translations.py).
translations: venv
	$(PY) scripts/translations.py

clean:
	rm -rf $(VENV) build *.egg-info
