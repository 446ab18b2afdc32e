# Targets named in README.md. `make run` and `make test` work on a fresh machine:
# they install the Debian libraries Qt needs and create .venv when missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

QT_DEBS := libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 fonts-dejavu-core
XVFB_DEBS := xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
             libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0

.PHONY: run test bench debs debs-x venv forms clean

run: debs debs-x venv
	$(VENV)/bin/lead-desktop $(ARGS)

test: debs venv
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: debs venv
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

debs:
	@scripts/ensure-debs $(QT_DEBS)

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

clean:
	rm -rf $(VENV) build *.egg-info
