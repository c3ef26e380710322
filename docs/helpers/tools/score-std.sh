#!/usr/bin/env bash
# usage: score-std.sh REPO TAG   -> scores practice+seeds (FM) and fixtures (FM); outputs /tmp/std-TAG-{in,fx}
set -euo pipefail
REPO=${1:-/work/main}; TAG=${2:-cur}
SH=/work/shared
cd "$REPO"
rm -rf /tmp/std-$TAG-in /tmp/std-$TAG-fx /tmp/std-$TAG-inp /tmp/std-$TAG-fxp
$SH/tools/with-front-matter $SH/practice/pages $SH/practice/meta.json $SH/practice/practice.gold.json /tmp/std-$TAG-inp /tmp/std-$TAG-in.gold.json >/dev/null
cp seeds/*.txt /tmp/std-$TAG-inp/
npx tsx src/cli/build-static.ts --seeds /tmp/std-$TAG-inp --out /tmp/std-$TAG-in >/dev/null 2>&1
$SH/tools/with-front-matter test/fixtures/shapes test/fixtures/shapes/meta.json test/fixtures/shapes/gold.json /tmp/std-$TAG-fxp /tmp/std-$TAG-fx.gold.json >/dev/null
npx tsx src/cli/build-static.ts --seeds /tmp/std-$TAG-fxp --out /tmp/std-$TAG-fx >/dev/null 2>&1
echo "== practice+seeds"; $SH/tools/score-chronology /tmp/std-$TAG-in/chronology.json /tmp/std-$TAG-in.gold.json $SH/practice/seeds.gold.json | tail -8
echo "== fixtures"; $SH/tools/score-chronology /tmp/std-$TAG-fx/chronology.json /tmp/std-$TAG-fx.gold.json | tail -8
