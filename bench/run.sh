#!/usr/bin/env bash
# The benchmark: Gazette's readers' pages against nginx sending the same bytes, in one run.
#
# For each corpus size it generates articles in the content/ format, starts the packaged jar
# with the production flags below on a fresh H2 database, records start-up and import time,
# saves the exact bytes Gazette sends for one article and for the front page and serves them
# from nginx, warms the JIT, then runs wrk against Gazette and nginx interleaved (A B A B ...)
# and prints one markdown table per size. Only 127.0.0.1 is contacted; every run is bounded.
#
#   bench/run.sh                                   # sizes 100, 10,000 and 100,000
#   BENCH_SIZES=100 BENCH_WARMUP=20 BENCH_DURATION=5 bench/run.sh   # a quick look
#
# Settings (environment):
#   BENCH_SIZES        corpus sizes                       "100 10000 100000"
#   BENCH_WARMUP       seconds of mixed load before measuring (C2 needs 60+ on 2 cores)  90
#   BENCH_DURATION     seconds per wrk run                10
#   BENCH_ROUNDS       A B rounds per page                2
#   BENCH_CONNECTIONS  wrk connections                    32
#   BENCH_THREADS      wrk threads                        2
#   BENCH_JAVA_OPTS    the launch flags                   "-Xmx256m"
#   BENCH_PORT / BENCH_NGINX_PORT                         18300 / 18380
#   BENCH_NO_BUILD=1   use target/gazette.jar as it is
#   BENCH_KEEP=1       keep the working directory (corpus, database, logs)
set -euo pipefail

SIZES=${BENCH_SIZES:-100 10000 100000}
WARMUP=${BENCH_WARMUP:-90}
DURATION=${BENCH_DURATION:-10}
ROUNDS=${BENCH_ROUNDS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
PORT=${BENCH_PORT:-18300}
NGINX_PORT=${BENCH_NGINX_PORT:-18380}
# The documented production launch: a bounded heap; nothing else is needed.
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m}
BASE=http://127.0.0.1:$PORT
NGINX_BASE=http://127.0.0.1:$NGINX_PORT

cd "$(dirname "$0")/.."
REPO=$(pwd)

install_missing() {
  local missing=()
  command -v wrk > /dev/null 2>&1 || missing+=(wrk)
  command -v nginx > /dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
  command -v curl > /dev/null 2>&1 || missing+=(curl)
  if [[ ${#missing[@]} -gt 0 ]]; then
    if [[ $(id -u) -ne 0 ]]; then
      echo "Please install: ${missing[*]} (e.g. sudo apt-get install -y ${missing[*]})" >&2
      exit 1
    fi
    echo "Installing ${missing[*]}..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
  fi
}
install_missing
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [[ -z "${BENCH_NO_BUILD:-}" || ! -f target/gazette.jar ]]; then
  echo "Building the jar..."
  ./mvnw -q -DskipTests package
fi

WORK=$(mktemp -d /tmp/gazette-bench.XXXXXX)
chmod 755 "$WORK"
JAVA_PID=
NGINX_STARTED=
cleanup() {
  [[ -n "$JAVA_PID" ]] && kill "$JAVA_PID" 2> /dev/null && wait "$JAVA_PID" 2> /dev/null || true
  [[ -n "$NGINX_STARTED" ]] && "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log" -s stop 2> /dev/null || true
  [[ -z "${BENCH_KEEP:-}" ]] && rm -rf "$WORK" || echo "Kept $WORK"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

# CPU time (user + system) of a process in milliseconds, from /proc.
cpu_ms() {
  local ticks
  ticks=$(awk '{ print $14 + $15 }' "/proc/$1/stat")
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

peak_rss_mb() { awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# wrk reports through this script: requests, microseconds, bytes, p50 and p99 in
# microseconds, socket errors and non-2xx/3xx answers, on one line.
cat > "$WORK/report.lua" << 'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
    summary.bytes, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
LUA

# Runs wrk on one URL; prints "requests duration_us bytes p50_us p99_us errors non2xx3xx".
measure() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$WORK/report.lua" "$1" \
    | awk '/^RESULT/ { print $2, $3, $4, $5, $6, $7, $8 }'
}

start_nginx() {
  mkdir -p "$WORK/nginx/html" "$WORK/nginx/tmp"
  cat > "$WORK/nginx/nginx.conf" << CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
$( [[ $(id -u) -eq 0 ]] && echo "user root;" )
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $WORK/nginx/tmp;
  proxy_temp_path $WORK/nginx/tmp;
  fastcgi_temp_path $WORK/nginx/tmp;
  uwsgi_temp_path $WORK/nginx/tmp;
  scgi_temp_path $WORK/nginx/tmp;
  default_type "text/html;charset=UTF-8";
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx/html;
  }
}
CONF
  "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/error.log"
  NGINX_STARTED=1
}

# One table row: page, Gazette's figures, the nginx figures to compare with (or "-").
row() {
  local page=$1 gazette=$2 ceiling=$3 cpu=$4
  read -r g_req g_us g_bytes g_p50 g_p99 g_err g_status <<< "$gazette"
  local g_rps ratio="" n_rps="-" cpu_per_request
  g_rps=$(awk -v r="$g_req" -v d="$g_us" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
  cpu_per_request=$(awk -v c="$cpu" -v r="$g_req" 'BEGIN { printf "%.3f", (r > 0) ? c / r : 0 }')
  if [[ "$ceiling" != "-" ]]; then
    read -r n_req n_us _ _ _ _ _ <<< "$ceiling"
    n_rps=$(awk -v r="$n_req" -v d="$n_us" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
    ratio=$(awk -v g="$g_rps" -v n="$n_rps" 'BEGIN { printf "%.2f ×", g / n }')
  fi
  printf "| %s | %s | %s | %.1f | %.1f | %s | %s | %s | %s | %s |\n" "$page" "$g_rps" "$n_rps" \
    "$(awk -v v="$g_p50" 'BEGIN { print v / 1000 }')" "$(awk -v v="$g_p99" 'BEGIN { print v / 1000 }')" \
    "$((g_err + g_status))" "$((g_bytes / (g_req > 0 ? g_req : 1)))" "${ratio:--}" "$cpu_per_request" \
    "$(peak_rss_mb "$JAVA_PID")"
}

# Sums rounds: requests, duration and bytes add up; p50 is averaged, p99 the worst round's.
combine() {
  awk '{ r += $1; d += $2; b += $3; p50 += $4; if ($5 > p99) p99 = $5; e += $6; s += $7; n++ }
       END { printf "%d %d %d %d %d %d %d\n", r, d, b, p50 / n, p99, e, s }'
}

start_nginx
RESULTS="$WORK/results.md"
: > "$RESULTS"

for size in $SIZES; do
  echo
  echo "=== $size articles ==="
  corpus="$WORK/corpus-$size"
  data="$WORK/data-$size"
  rm -rf "$WORK"/data-* "$WORK"/corpus-*
  generate_started=$(now_ms)
  java bench/GenerateCorpus.java "$size" "$corpus" > /dev/null
  echo "Generated in $(($(now_ms) - generate_started)) ms"

  launched=$(now_ms)
  (cd "$WORK" && exec env -u SPRING_DATASOURCE_URL SERVER_PORT="$PORT" SERVER_ADDRESS=127.0.0.1 \
    GAZETTE_CONTENT_DIR="$corpus" GAZETTE_DATA_DIR="$data" \
    java $JAVA_OPTS -jar "$REPO/target/gazette.jar" > "$WORK/gazette-$size.log" 2>&1) &
  JAVA_PID=$!
  until [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" == 200 ]]; do
    kill -0 "$JAVA_PID" 2> /dev/null || { echo "The jar exited:"; tail -30 "$WORK/gazette-$size.log"; exit 1; }
    (($(now_ms) - launched < 1800000)) || { echo "Not ready after 30 minutes"; exit 1; }
    sleep 0.2
  done
  ready_ms=$(($(now_ms) - launched))
  article_path=$(curl -s "$BASE/" | grep -o 'href="/articles/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
  curl -s -o /dev/null "$BASE$article_path"
  first_article_ms=$(($(now_ms) - launched))
  import_line=$(grep -o 'Imported content from.*' "$WORK/gazette-$size.log" | tail -1)
  echo "Ready in $ready_ms ms, first article served at $first_article_ms ms; $import_line"

  tag_path=$(curl -s "$BASE$article_path" | grep -o 'href="/tags/[^"/]*"' | head -1 | sed 's/href="//; s/"$//')
  declare -A pages=(
    [article]="$article_path"
    [front]="/"
    [tag]="$tag_path"
    [search]="/search?q=summit+minister"
    [feed]="/feed.xml"
    [sitemap]="/sitemap.xml"
  )
  order=(article front tag search feed sitemap)
  # nginx serves exactly the bytes Gazette sent (wrk asks without compression, as here).
  curl -s -o "$WORK/nginx/html/article.html" "$BASE$article_path"
  curl -s -o "$WORK/nginx/html/front.html" "$BASE/"
  declare -A ceiling=([article]="/article.html" [front]="/front.html")

  echo "Warming up for ${WARMUP}s..."
  {
    echo "local paths = {"
    for page in "${order[@]}"; do echo "  \"${pages[$page]}\","; done
    echo "}"
    echo 'local i = 0'
    echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'
  } > "$WORK/warmup.lua"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$WORK/warmup.lua" "$BASE" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$NGINX_BASE/article.html" > /dev/null

  declare -A gazette_runs=() nginx_runs=() cpu=()
  for round in $(seq 1 "$ROUNDS"); do
    for page in "${order[@]}"; do
      before=$(cpu_ms "$JAVA_PID")
      gazette_runs[$page]+="$(measure "$BASE${pages[$page]}")"$'\n'
      cpu[$page]=$((${cpu[$page]:-0} + $(cpu_ms "$JAVA_PID") - before))
      if [[ -n "${ceiling[$page]:-}" ]]; then
        nginx_runs[$page]+="$(measure "$NGINX_BASE${ceiling[$page]}")"$'\n'
      fi
      echo "  round $round: $page"
    done
  done

  {
    echo
    echo "**$size articles** — ready in $(awk -v v="$ready_ms" 'BEGIN { printf "%.1f", v / 1000 }') s," \
      "first article served at $(awk -v v="$first_article_ms" 'BEGIN { printf "%.1f", v / 1000 }') s;" \
      "${import_line#Imported content from $corpus: }"
    echo
    echo "| Page | Gazette req/s | nginx req/s | p50 ms | p99 ms | errors + non-2xx/3xx | bytes | ratio to nginx | CPU ms/request | peak RSS MB |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    for page in "${order[@]}"; do
      gazette=$(printf '%s' "${gazette_runs[$page]}" | grep . | combine)
      nginx_figures="-"
      [[ -n "${nginx_runs[$page]:-}" ]] && nginx_figures=$(printf '%s' "${nginx_runs[$page]}" | grep . | combine)
      row "$page ${pages[$page]%%\?*}" "$gazette" "$nginx_figures" "${cpu[$page]}"
    done
  } | tee -a "$RESULTS"

  kill "$JAVA_PID" && wait "$JAVA_PID" 2> /dev/null || true
  JAVA_PID=
  unset pages ceiling gazette_runs nginx_runs cpu
done

echo
echo "Launch: java $JAVA_OPTS -jar gazette.jar; wrk -t$THREADS -c$CONNECTIONS, ${DURATION}s per run," \
  "$ROUNDS rounds interleaved, ${WARMUP}s warm-up; $(nproc) cores"
echo "All sizes:"; cat "$RESULTS"
