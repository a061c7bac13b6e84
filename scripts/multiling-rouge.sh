#!/usr/bin/env bash
# ROUGE-1/2 recall of Corroborate's summaries on MultiLing 2011 English (10 topics x 10 articles, three human
# summaries each), with the task's rules (250 words, Porter stems: -n 2 -m -l 250), averaged over topics as
# ROUGE-1.5.5 does, beside the published participants. Usage: scripts/multiling-rouge.sh [DATA_DIR] [BRIEF OPTIONS]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-$root/../shared/data/multiling2011-en}"
shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for topic in $(ls "$data/sources" | cut -c1-4 | sort -u); do
  mkdir -p "$work/$topic"
  cp "$data/sources/$topic"?.txt "$work/$topic/"
  "$root/corroborate" brief "$work/$topic" --one-story --format json --summary-words 250 "$@" 2>/dev/null \
    | python3 -c 'import json,sys; print("\n".join(s["text"] for s in json.load(sys.stdin)["stories"][0]["summary"]))' \
    > "$work/$topic.peer"
  "$root/corroborate" eval rouge --peer "$work/$topic.peer" --models "$data/models/$topic".*.250.txt \
    -n 2 -m -l 250 > "$work/$topic.scores"
done
python3 - "$work" "$data" <<'PY'
import csv, glob, os, re, sys
work, data = sys.argv[1], sys.argv[2]
recall = {"ROUGE-1": [], "ROUGE-2": []}
for f in sorted(glob.glob(os.path.join(work, "*.scores"))):
    for line in open(f):
        m = re.match(r"(ROUGE-[12])\s+R\s+([0-9.]+)", line)
        if m:
            recall[m.group(1)].append(float(m.group(2)))
for n in ("ROUGE-1", "ROUGE-2"):
    ours = sum(recall[n]) / len(recall[n])
    published = {r["runid"].split("_")[0]: float(r["recall"]) for r in csv.DictReader(open(os.path.join(data, "published-%s.csv" % n)))}
    best = max((v, k) for k, v in published.items() if k not in ("ID10",))
    above = sum(1 for k, v in published.items() if k != "ID10" and ours > v)
    print("%s recall %.4f over %d topics; best participant %s %.4f; above %d of %d participants (ID10 topline %.4f)"
          % (n, ours, len(recall[n]), best[1], best[0], above, len(published) - 1, published.get("ID10", 0)))
PY
