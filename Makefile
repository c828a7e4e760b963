# Shortcuts for the commands the README gives; each works without make too.
VENV ?= .venv
PY = $(VENV)/bin/python

$(PY):
	python3 -m venv $(VENV)

.PHONY: demo test bench score
demo: $(PY)
	$(VENV)/bin/pip install -q -e .
	$(VENV)/bin/twinlens demo

test: $(PY)
	$(VENV)/bin/pip install -q -e '.[test]'
	$(PY) -m pytest

score: $(PY)
	$(VENV)/bin/twinlens load --db /tmp/twinlens-dev.db ../shared/seeds
	$(VENV)/bin/twinlens export --db /tmp/twinlens-dev.db --format json > /tmp/twinlens-dev.json
	python3 ../shared/tools/score.py --gold ../shared/gold --export /tmp/twinlens-dev.json -v
