#!/usr/bin/env bash
# Soak: the packaged jar with -Xmx256m on a generated corpus, mixed reads at 64
# connections (wrk, bench/soak.lua) for SOAK_DURATION while an editor saves articles over
# HTTP beside them. Reports requests, errors, saves attempted/succeeded/found afterwards,
# and the heap after a full GC each minute. Only 127.0.0.1 is contacted.
#
#   bench/soak.sh                          # 10 minutes, 2,000 articles, port 18450
#   SOAK_DURATION=2m SOAK_ARTICLES=500 bench/soak.sh
#
# Needs wrk, curl and a JDK (jcmd). SOAK_NO_BUILD=1 uses target/gazette.jar as it is.
set -euo pipefail

DURATION=${SOAK_DURATION:-10m}
ARTICLES=${SOAK_ARTICLES:-2000}
PORT=${SOAK_PORT:-18450}
CONNECTIONS=${SOAK_CONNECTIONS:-64}
THREADS=${SOAK_THREADS:-2}
# A read that takes longer than this counts as an error (wrk's "timeout").
TIMEOUT=${SOAK_TIMEOUT:-30s}
USERNAME=soak
PASSWORD=soak-password-$RANDOM$RANDOM
BASE=http://127.0.0.1:$PORT

cd "$(dirname "$0")/.."
REPO=$(pwd)
WORK=$(mktemp -d /tmp/gazette-soak.XXXXXX)
echo "Working directory: $WORK"

if [[ -z "${SOAK_NO_BUILD:-}" || ! -f target/gazette.jar ]]; then
  echo "Building the jar..."
  ./mvnw -q -DskipTests package
fi

echo "Generating $ARTICLES articles..."
java bench/GenerateCorpus.java "$ARTICLES" "$WORK/content" > /dev/null

PID=
cleanup() {
  [[ -n "${EDITOR_PID:-}" ]] && kill "$EDITOR_PID" 2> /dev/null || true
  [[ -n "${SAMPLER_PID:-}" ]] && kill "$SAMPLER_PID" 2> /dev/null || true
  [[ -n "$PID" ]] && kill "$PID" 2> /dev/null && wait "$PID" 2> /dev/null || true
}
trap cleanup EXIT

(cd "$WORK" && exec env -u SPRING_DATASOURCE_URL SERVER_PORT="$PORT" SERVER_ADDRESS=127.0.0.1 \
  GAZETTE_ADMIN_USERNAME="$USERNAME" GAZETTE_ADMIN_PASSWORD="$PASSWORD" \
  GAZETTE_CONTENT_DIR="$WORK/content" GAZETTE_DATA_DIR="$WORK/data" \
  java -Xmx256m -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=50 -XX:-ClassUnloadingWithConcurrentMark \
    -jar "$REPO/target/gazette.jar" > "$WORK/gazette.log" 2>&1) &
PID=$!
echo "Starting the jar (pid $PID, log $WORK/gazette.log)..."
for _ in $(seq 1 600); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" == 200 ]] && break
  kill -0 "$PID" 2> /dev/null || { echo "The jar exited:"; tail -30 "$WORK/gazette.log"; exit 1; }
  sleep 1
done
echo "Ready: $(grep -o 'Imported content from.*' "$WORK/gazette.log")"

# The paths readers ask for: every article of the sitemap, listings, tags, search, feeds.
curl -s "$BASE/sitemap.xml" | grep -o "<loc>[^<]*/articles/[^<]*</loc>" \
  | sed -E 's#<loc>https?://[^/]+##; s#</loc>##' > "$WORK/articles.txt"
{
  cat "$WORK/articles.txt"
  for page in 1 2 3 4 5; do echo "/?page=$page"; done
  for section in world politics business science technology sport culture opinion; do
    echo "/sections/$section"
  done
  for tag in 1 17 35 78 140 157 193 273; do echo "/tags/topic-$tag"; echo "/tags/topic-$tag/feed.xml"; done
  for query in summit "withdrawal+troops" "energy+market" "parliament" "crisis+budget"; do
    echo "/search?q=$query"
  done
  echo "/feed.xml"
  echo "/sitemap.xml"
} > "$WORK/paths.txt"
# Articles are most of the traffic, as on a news site; listings and the rest recur often.
echo "Reader paths: $(wc -l < "$WORK/paths.txt") ($(wc -l < "$WORK/articles.txt") articles)"

# The heap after a full GC, each minute: the old generation right after it holds what
# survived (the live data); readers' fresh garbage goes to the young generation meanwhile.
sample_heap() {
  set +e
  local minute=0
  while kill -0 "$PID" 2> /dev/null; do
    jcmd "$PID" GC.run > /dev/null 2>&1
    local old rss
    old=$(jstat -gc "$PID" | awk 'NR == 2 { print int($8 / 1024) }')
    rss=$(ps -o rss= -p "$PID" | tr -d ' ')
    echo "$minute $old $((rss / 1024))" >> "$WORK/heap.txt"
    minute=$((minute + 1))
    sleep 60
  done
}

# An editor signs in and saves beside the readers: a new draft, then two edits of it,
# over and over. Each answered save is written down to be looked for afterwards.
editor_loop() {
  set +e
  local jar="$WORK/cookies.txt" n=0
  local csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -oE 'name="_csrf" value="[^"]+"' | sed -E 's/.*value="([^"]+)"/\1/')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$USERNAME" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
  while [[ ! -f "$WORK/stop" ]]; do
    n=$((n + 1))
    local page body location id version marker
    page=$(curl -s -c "$jar" -b "$jar" "$BASE/admin/articles/new")
    csrf=$(grep -oE '<meta name="_csrf" content="[^"]+"' <<< "$page" | sed -E 's/.*content="([^"]+)"/\1/')
    marker="soak-$n-1-$RANDOM$RANDOM"
    echo attempt >> "$WORK/saves.txt"
    location=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
      --data-urlencode "_csrf=$csrf" --data-urlencode "title=Soak story $n" \
      --data-urlencode "summary=A lead." --data-urlencode "body=$marker" \
      --data-urlencode "status=DRAFT" "$BASE/admin/articles")
    if [[ "$location" =~ ^302\ .*/admin/articles/([0-9]+)/edit$ ]]; then
      id=${BASH_REMATCH[1]}
      echo "saved $id 1 $marker" >> "$WORK/saves.txt"
    else
      echo "refused new $location" >> "$WORK/saves.txt"
      continue
    fi
    for edit in 2 3; do
      page=$(curl -s -c "$jar" -b "$jar" "$BASE/admin/articles/$id/edit")
      csrf=$(grep -oE '<meta name="_csrf" content="[^"]+"' <<< "$page" | sed -E 's/.*content="([^"]+)"/\1/')
      version=$(grep -oE 'name="version" value="[0-9]+"' <<< "$page" | grep -oE '[0-9]+')
      marker="soak-$n-$edit-$RANDOM$RANDOM"
      echo attempt >> "$WORK/saves.txt"
      location=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "_csrf=$csrf" --data-urlencode "version=$version" \
        --data-urlencode "title=Soak story $n" --data-urlencode "slug=soak-story-$n" \
        --data-urlencode "summary=A lead." --data-urlencode "body=$marker" \
        --data-urlencode "status=DRAFT" "$BASE/admin/articles/$id")
      if [[ "$location" =~ ^302\ .*/admin/articles/$id/edit$ ]]; then
        echo "saved $id $edit $marker" >> "$WORK/saves.txt"
      else
        echo "refused $id $location" >> "$WORK/saves.txt"
      fi
    done
  done
}

: > "$WORK/saves.txt"
sample_heap &
SAMPLER_PID=$!
editor_loop &
EDITOR_PID=$!

echo "Soaking for $DURATION: wrk -t$THREADS -c$CONNECTIONS, an editor saving beside it..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" -s bench/soak.lua "$BASE" -- "$WORK/paths.txt" \
  > "$WORK/wrk.txt"
touch "$WORK/stop"
wait "$EDITOR_PID" || true
EDITOR_PID=

# Every answered save must be there: the article's text is the last one saved and its
# history has one revision a save.
verified=0
lost=0
jar="$WORK/cookies.txt"
while read -r id saves marker; do
  export_text=$(curl -s -b "$jar" "$BASE/admin/articles/$id/export")
  revisions=$(curl -s -b "$jar" "$BASE/admin/articles/$id/history" | grep -c '<td><a href="/admin/articles/'"$id"'/history/' || true)
  if [[ "$export_text" == *"$marker"* && "$revisions" == "$saves" ]]; then
    verified=$((verified + saves))
  else
    lost=$((lost + saves))
    echo "MISSING: article $id, save $saves ($marker): $revisions revisions"
  fi
done < <(awk '$1 == "saved" { last[$2] = $3 " " $4 } END { for (id in last) print id, last[id] }' "$WORK/saves.txt")

# Server errors as the application counts them; the readiness probe's 503s while it
# started are not errors.
server_errors=$(curl -s "$BASE/actuator/prometheus" \
  | awk '/^http_server_requests_seconds_count/ && /status="5/ && !/uri="\/actuator/ { sum += $2 } END { print sum + 0 }')
jcmd "$PID" GC.run > /dev/null 2>&1 || true
final_heap=$(jstat -gc "$PID" | awk 'NR == 2 { print int($8 / 1024) }')

echo
echo "== Soak: $DURATION, $ARTICLES articles, wrk -t$THREADS -c$CONNECTIONS --timeout $TIMEOUT, -Xmx256m =="
cat "$WORK/wrk.txt" | grep -E '^(requests|socket-errors|non-2xx-3xx|latency)' | sed 's/^/reads: /'
grep -E 'Requests/sec' "$WORK/wrk.txt" | sed 's/^ */reads: /'
echo "server 5xx responses (Actuator): $server_errors"
echo "saves attempted: $(grep -c '^attempt' "$WORK/saves.txt" || true)"
echo "saves succeeded: $(grep -c '^saved' "$WORK/saves.txt" || true)"
echo "saves refused:   $(grep -c '^refused' "$WORK/saves.txt" || true)"
echo "saves verified present afterwards: $verified (lost: $lost)"
echo "heap after a full GC, each minute (minute, old generation MB, process resident MB):"
sed 's/^/  /' "$WORK/heap.txt"
echo "  end $final_heap"
echo "Details in $WORK"
