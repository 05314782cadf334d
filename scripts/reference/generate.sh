#!/usr/bin/env bash
# Regenerates every reference fixture of ecograph's metrics (and, when present, of the lineage
# command) with Debian's NetworkX, python-igraph and R sna:
#
#   apt-get install -y python3-networkx python3-igraph python3-scipy r-base-core r-cran-sna r-cran-jsonlite
#   bash scripts/reference/generate.sh
#
# Output: test/fixtures/reference/ (committed; `npm test` reads it and needs neither Python nor R).
set -euo pipefail
cd "$(dirname "$0")/../.."
/usr/bin/python3 scripts/reference/metrics.py
Rscript scripts/reference/brokerage.R
rm -f test/fixtures/reference/metrics/brokerage-input.json.tmp
if [ -f scripts/reference/lineage.py ]; then /usr/bin/python3 scripts/reference/lineage.py; fi
/usr/bin/python3 scripts/reference/evolution.py
/usr/bin/python3 scripts/reference/describe.py
Rscript scripts/reference/centralization.R
# significance tests: inputs and igraph degree-sequence draws, then R sna at 5,000 draws (a few minutes)
/usr/bin/python3 scripts/reference/significance.py
Rscript scripts/reference/significance.R
