#!/usr/bin/env bash
# Compares two folders written by bench/golden.sh, leaving out what differs by design: manifest.json's
# execution section and the journal's wall-clock times (with each record's checksum, which covers them). Prints the files that differ; exit 1 if any do.
set -uo pipefail
a="$1"; b="$2"
strip() {
  case "$1" in
    */manifest.json) sed '/"execution": {/,$d' "$1" ;;
    */journal/*) grep -v -e '^wall_seconds' -e '^sha256' "$1" ;;
    *) cat "$1" ;;
  esac
}
status=0
while IFS= read -r f; do
  if [ ! -f "$b/$f" ]; then echo "only in $a: $f"; status=1; continue; fi
  cmp -s <(strip "$a/$f") <(strip "$b/$f") || { echo "differs: $f"; status=1; }
done < <(cd "$a" && find . -type f | sort)
while IFS= read -r f; do
  [ -f "$a/$f" ] || { echo "only in $b: $f"; status=1; }
done < <(cd "$b" && find . -type f | sort)
[ $status -eq 0 ] && echo "identical (apart from execution times)"
exit $status
