# Two commands set everything up on a fresh Debian machine:
#   make brief   renders every article in seeds/ into out/
#   make test    runs the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.briefgen-installed

.PHONY: brief test system clean

brief: $(STAMP)
	$(BIN)/briefgen brief seeds/*.txt --out out

test: $(STAMP)
	$(BIN)/python -m pytest

system:
	@bash scripts/ensure-system-packages.sh

$(STAMP): pyproject.toml | system
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "briefgen needs Python 3.11 or newer (set PYTHON=...)" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { echo "cannot create $(VENV): install python3-venv" >&2; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info
