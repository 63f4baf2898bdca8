#!/bin/sh
# Every user-visible string has a finished Simplified Chinese translation: lupdate, run over the
# sources into a scratch copy of shopdesk_zh_CN.ts (the real one is left alone), adds any string the
# file lacks as unfinished, so one count catches missing and untranslated entries alike.
#   check-translations.sh <source dir> <lupdate>
set -eu
source_dir="$1"
lupdate="$2"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp "$source_dir/translations/shopdesk_zh_CN.ts" "$scratch/"
cd "$source_dir"
"$lupdate" -silent -no-obsolete -locations none src ui -ts "$scratch/shopdesk_zh_CN.ts"
unfinished="$(grep -c 'type="unfinished"' "$scratch/shopdesk_zh_CN.ts" || true)"
total="$(grep -c '<source>' "$scratch/shopdesk_zh_CN.ts" || true)"
if [ "$unfinished" -ne 0 ]; then
    echo "zh_CN: $unfinished of $total strings are missing or unfinished:" >&2
    grep -B3 'type="unfinished"' "$scratch/shopdesk_zh_CN.ts" | grep '<source>' | sed 's/^ */  /' >&2
    exit 1
fi
echo "zh_CN: all $total strings translated"
