#!/bin/bash
# score-std.sh REPO TAG : practice+seeds (FM) and fixtures (FM) -> /tmp/std-TAG-*
set -e
REPO=$1; TAG=$2; S=/work/shared
T=/tmp/std-$TAG; rm -rf $T-*; mkdir -p $T-p $T-f
cd $REPO
$S/tools/with-front-matter $S/practice/pages $S/practice/meta.json $S/practice/practice.gold.json $T-p/pages $T-p/gold.json >/dev/null
cp seeds/*.txt $T-p/pages/
npx tsx scripts/seed-manifest.ts >/dev/null 2>&1 || true
npx tsx src/cli/build-static.ts --seeds $T-p/pages --out $T-p/out > $T-p/build.log 2>&1
$S/tools/score-chronology $T-p/out/chronology.json $T-p/gold.json $S/practice/seeds.gold.json --detail > $T-p/score.txt
F=test/fixtures/shapes
$S/tools/with-front-matter $F $F/meta.json $F/gold.json $T-f/pages $T-f/gold.json >/dev/null
npx tsx src/cli/build-static.ts --seeds $T-f/pages --out $T-f/out > $T-f/build.log 2>&1
$S/tools/score-chronology $T-f/out/chronology.json $T-f/gold.json --detail > $T-f/score.txt
echo "== practice+seeds"; grep -v "^  " $T-p/score.txt | head -12
echo "== fixtures"; grep -v "^  " $T-f/score.txt | head -12
