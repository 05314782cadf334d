#!/usr/bin/env bash
# The package as users get it: packs the tarball (`npm pack`, which builds through `prepare`),
# installs it into an empty folder with `npm install <tarball>` and, with plain Node (no tsx, no
# esbuild, no Vite there), runs scripts/pack-check.mjs in that folder: the library, figures and
# Neo4j entries, `ecograph --help`, `ecograph serve` and `ecograph figure`. Any failure ends the
# script with a non-zero exit and says what failed.
#
# Usage: bash scripts/pack-check.sh   (npm run pack:check)
# Set ECOGRAPH_PACK_KEEP=1 to keep the temporary folder for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
say() { printf '\n--- pack check: %s\n' "$*"; }
fail() { printf '\npack check FAILED: %s\n' "$*" >&2; exit 1; }
now() { date +%s%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || fail "Node 20 or later is required, this is $(node --version)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ecograph-pack-check.XXXXXX")
if [ "${ECOGRAPH_PACK_KEEP:-}" = 1 ]; then echo "keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

say "npm pack (builds dist/ through prepare)"
t0=$(now)
npm pack --json --pack-destination "$WORK" > "$WORK/pack.json" || fail "npm pack failed"
t1=$(now)
TARBALL="$WORK/$(node -p "require('$WORK/pack.json')[0].filename")"
[ -f "$TARBALL" ] || fail "npm pack wrote no tarball"
node -e '
const [info] = require(process.argv[1]);
const paths = info.files.map((f) => f.path);
console.log(`${info.filename}: ${(info.size / 1024).toFixed(0)} kB packed, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked, ${paths.length} files`);
const must = ["package.json", "bin/ecograph.js", "dist/index.js", "dist/index.d.ts", "dist/figures/index.js", "dist/io/neo4j/index.js", "dist/cli/main.js", "dist/cli-bundle/main.js", "dist/cli-bundle/measure-worker.js", "dist/metrics/parallel/measure-worker.js", "dist/web/index.html"];
const missing = must.filter((p) => !paths.includes(p));
const unwanted = paths.filter((p) => /^(src|test|bench|notebooks|web|scripts|tools|docs)\//.test(p) || p.endsWith(".map") || p.endsWith(".ts") && !p.endsWith(".d.ts"));
if (missing.length) { console.error("missing from the tarball: " + missing.join(", ")); process.exit(1); }
if (unwanted.length) { console.error("should not be in the tarball: " + unwanted.slice(0, 20).join(", ")); process.exit(1); }
' "$WORK/pack.json" || fail "the tarball's file list"
echo "npm pack took $(seconds "$t0" "$t1") s"

say "npm install <tarball> into an empty folder"
CONSUMER="$WORK/consumer"
mkdir -p "$CONSUMER"
printf '{ "name": "ecograph-pack-check", "version": "1.0.0", "private": true, "type": "module" }\n' > "$CONSUMER/package.json"
t0=$(now)
(cd "$CONSUMER" && npm install --no-audit --no-fund --loglevel=error "$TARBALL") || fail "npm install of the tarball failed"
t1=$(now)
echo "npm install took $(seconds "$t0" "$t1") s"
for dev in tsx esbuild vite sigma typescript; do
  [ ! -e "$CONSUMER/node_modules/$dev" ] || fail "$dev was installed with the package: it must be a devDependency"
done

say "plain Node $(node --version): library, figures, neo4j, --help, serve, figure"
# The expected numbers come from this checkout's CLI, so the installed package is checked against it.
node "$REPO/bin/ecograph.js" centrality "$REPO/graphs/kyoto-life-science.json" --measures betweenness --format json > "$WORK/expected-betweenness.json" ||
  fail "the checkout's own 'ecograph centrality' failed"
cp "$REPO/scripts/pack-check.mjs" "$CONSUMER/check.mjs"
t0=$(now)
(cd "$CONSUMER" && node check.mjs "$WORK/expected-betweenness.json") || fail "the installed package (see the lines above)"
t1=$(now)
echo "checks took $(seconds "$t0" "$t1") s"

say "types: a TypeScript user of the three entries type-checks against the installed declarations"
cat > "$CONSUMER/types-check.ts" <<'TS'
import { betweennessCentrality, buildView, loadGraph, type EcoGraph, type GraphView } from 'ecograph';
import { figureTextMeasurer, treeFigure, type TreeFigure } from 'ecograph/figures';
import { connect, type Connection } from 'ecograph/neo4j';
// @ts-expect-error internals are not part of the public API
import { louvainIndexed } from 'ecograph';

const graph: EcoGraph = await loadGraph('graph.json');
const view: GraphView = buildView(graph, { directed: false });
const scores: Map<string, number> = betweennessCentrality(view.graph, { normalized: true });
const figure: TreeFigure = treeFigure(graph, 'root', figureTextMeasurer());
const connection: Promise<Connection> = connect({ uri: 'bolt://localhost:7687' });
// @ts-expect-error betweenness values are numbers
const wrong: Map<string, string> = betweennessCentrality(view.graph);
export { connection, figure, louvainIndexed, scores, wrong };
TS
cat > "$CONSUMER/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "target": "ES2022", "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, "noEmit": true,
    "skipLibCheck": false, "types": ["node"], "typeRoots": ["$REPO/node_modules/@types"]
  },
  "files": ["types-check.ts"]
}
JSON
(cd "$CONSUMER" && "$REPO/node_modules/.bin/tsc" -p tsconfig.json) || fail "the installed declarations do not type-check a user's code"
echo "ok   types of ecograph, ecograph/figures and ecograph/neo4j"
say "passed"
