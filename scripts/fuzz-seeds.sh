#!/usr/bin/env bash
# Regenerates the fuzz targets' dictionaries and seed corpora (Fuzz/dictionaries/,
# Fuzz/corpus/TARGET/) from what the repository already holds: the sample catalogue,
# the test fixtures, the supplier forms `alucat template` writes (blank in fr and en,
# prefilled for a few sample entries) with their content.xml, and the hostile inputs
# the tests build (Fuzz/hostile/make_hostile.py). Raw seeds go to .build-fuzz/seeds/;
# each target's are then minimised into Fuzz/corpus/TARGET by libFuzzer (-merge=1), so
# git keeps only seeds that add coverage.
#
# ALUCAT names an alucat binary to write the forms with (default: builds one).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
root=$PWD
seeds=$root/.build-fuzz/seeds
rm -rf "$seeds"; mkdir -p "$seeds"/{entry,mission,taxonomy,ods,form}

python3 scripts/fuzz-dictionaries.py

# The catalogue and the fixtures.
cp catalog/suppliers/*.xml Tests/AluCatalogTests/Fixtures/entries/*.xml Tests/AluCatalogTests/Fixtures/patterns/*.xml \
   Tests/AluIntakeTests/Fixtures/PreviousForms/*.xml "$seeds/entry/"
cp catalog/missions/*.xml Tests/AluCatalogTests/Fixtures/missions/*.xml "$seeds/mission/"
cp catalog/taxonomy.xml "$seeds/taxonomy/"
# A one-domain taxonomy: small inputs mutate faster.
python3 - "$seeds/taxonomy/one-domain.xml" <<'PY'
import re, sys
text = open('catalog/taxonomy.xml', encoding='utf-8').read()
domains = list(re.finditer(r'<domain\b.*?</domain>', text, re.S))
open(sys.argv[1], 'w', encoding='utf-8').write(text[:domains[0].start()] + domains[0].group(0) + text[domains[-1].end():])
PY

# Hostile inputs, as the tests build them.
python3 Fuzz/hostile/make_hostile.py "$seeds/hostile-xml" "$seeds/hostile-ods"
for t in entry mission taxonomy; do cp "$seeds"/hostile-xml/* "$seeds/$t/"; done
for t in ods form; do cp "$seeds"/hostile-ods/* "$seeds/$t/"; done

# Forms: blank in both languages, prefilled for a few entries, and the fixtures'.
alucat=${ALUCAT:-}
if [[ -z $alucat ]]; then swift build -c release --product alucat >&2; alucat=$root/.build/release/alucat; fi
forms=$seeds/forms; mkdir -p "$forms"
"$alucat" template --lang fr -o "$forms/blank-fr.ods"
"$alucat" template --lang en -o "$forms/blank-en.ods"
for id in $(ls catalog/suppliers | sed -n '1p;12p;24p;36p' | sed 's/\.xml$//'); do
    "$alucat" template --lang fr --supplier "$id" -o "$forms/$id-fr.ods"
done
cp Tests/AluIntakeTests/Fixtures/PreviousForms/*.ods "$forms/"
for form in "$forms"/*.ods; do
    name=$(basename "$form" .ods)
    cp "$form" "$seeds/ods/"; cp "$form" "$seeds/form/"
    # The content alone: the targets pack an input that is not a zip as content.xml.
    # Without its styles, validation lists and hidden list sheet (a third of the size; the
    # reader needs none of them), so mutations land on cells.
    python3 - "$form" > "$seeds/form/$name.content.xml" <<'PY'
import re, sys, zipfile
text = zipfile.ZipFile(sys.argv[1]).read('content.xml').decode('utf-8')
text = re.sub(r'<(office:automatic-styles|table:content-validations)\b.*?</\1>', '', text, flags=re.S)
text = re.sub(r'<table:table table:name="(Listes|Lists)".*?</table:table>', '', text, flags=re.S)
sys.stdout.write(text)
PY
    # (not for ods: its inputs are capped at 16 KiB, see scripts/fuzz.sh)
done

# Minimise into the committed corpora.
scripts/fuzz.sh --build
for t in $(scripts/fuzz.sh --list); do
    rm -rf "Fuzz/corpus/$t"; mkdir -p "Fuzz/corpus/$t"
    ALUCAT_CATALOG=$root/catalog LSAN_OPTIONS=suppressions=$root/Fuzz/lsan.supp \
        nice -n 19 "$root/.build-fuzz/release/fuzz-$t" -merge=1 -timeout=5 -rss_limit_mb=2048 \
        "Fuzz/corpus/$t" "$seeds/$t" 2>&1 | tail -1 >&2
    echo "$t: $(ls "Fuzz/corpus/$t" | wc -l) seeds, $(du -sh "Fuzz/corpus/$t" | cut -f1)" >&2
done
