#!/usr/bin/env bash
# Gazette against nginx, in one run, on this machine. For each corpus size it builds the
# jar (once), generates a synthetic corpus of N articles (bench/GenerateCorpus.java) in a
# temporary directory, starts the jar as production does and records start-up and import
# time, restarts it on the unchanged files (java -jar, then an extracted jar with class
# data sharing, then, when a JDK 25 or newer is at hand, the extracted jar on it with an
# ahead-of-time cache) and times the first served article, starts nginx on a saved copy of the
# exact bytes Gazette sends for an article and for the front page, warms the JIT, then
# runs wrk against both, interleaved (nginx, Gazette, nginx, Gazette ...), and prints one
# markdown table per size. Traffic goes to 127.0.0.1 only; every run is bounded in time.
#
#   bench/run.sh                          the defaults below (about 35 minutes in all)
#   BENCH_SIZES=100 BENCH_WARMUP=20 BENCH_DURATION=5 BENCH_ROUNDS=1 bench/run.sh   a quick look
#
# Settings (environment variables):
#   BENCH_SIZES        corpus sizes                        "100 10000 100000"
#   BENCH_WARMUP       seconds of JIT warm-up per size     60 (C2 needs a minute on two cores)
#   BENCH_DURATION     seconds per wrk run                 10
#   BENCH_ROUNDS       interleaved rounds per page         3 (the table shows their median)
#   BENCH_CONNECTIONS  wrk connections                     32
#   BENCH_THREADS      wrk threads                         2
#   BENCH_HEAP         the jar's -Xmx                      256m
#   BENCH_GC_OPTS      the garbage collector's flags       README "Running the jar" (empty: the JVM's own)
#   BENCH_JAVA_OPTS    more JVM options for the jar        (none)
#   BENCH_AOT_JAVA     a JDK 25+ java for the restart from an ahead-of-time cache; "none"
#                      skips it                            the newest under /usr/lib/jvm, if any
#   BENCH_PORT         Gazette's port                      18200
#   BENCH_NGINX_PORT   nginx's port                        18280
#   BENCH_OUT          also write the tables to this file  (none)
#   BENCH_SKIP_BUILD   1: use target/gazette.jar as it is  0
#   BENCH_KEEP         1: keep the temporary directory     0
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

sizes="${BENCH_SIZES:-100 10000 100000}"
warmup="${BENCH_WARMUP:-60}"
duration="${BENCH_DURATION:-10}"
rounds="${BENCH_ROUNDS:-3}"
connections="${BENCH_CONNECTIONS:-32}"
threads="${BENCH_THREADS:-2}"
heap="${BENCH_HEAP:-256m}"
# The production flags of README "Running the jar"; an empty BENCH_GC_OPTS measures without them.
gc_opts="${BENCH_GC_OPTS--XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=50 -XX:-ClassUnloadingWithConcurrentMark}"
java_opts="$gc_opts${BENCH_JAVA_OPTS:+ $BENCH_JAVA_OPTS}"
port="${BENCH_PORT:-18200}"
nginx_port="${BENCH_NGINX_PORT:-18280}"
base="http://127.0.0.1:$port"
nginx_base="http://127.0.0.1:$nginx_port"

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

# --- Tools: Debian's nginx and wrk, installed when missing -------------------------------
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
ticks="$(getconf CLK_TCK)"

# java_feature JAVA: the JDK's feature release (17, 25...), or 0.
java_feature() { "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print int($2) }' | grep . || echo 0; }
aot_java="${BENCH_AOT_JAVA:-}"
aot_release=0
if [ -z "$aot_java" ]; then
  for candidate in /usr/lib/jvm/*/bin/java; do
    [ -x "$candidate" ] || continue
    release=$(java_feature "$candidate")
    if [ "$release" -gt "$aot_release" ]; then
      aot_java="$candidate"
      aot_release="$release"
    fi
  done
elif [ "$aot_java" != none ]; then
  aot_release=$(java_feature "$aot_java")
fi
if [ "$aot_release" -lt 25 ]; then
  [ -n "$aot_java" ] && [ "$aot_java" != none ] && log "$aot_java is older than JDK 25: no restart from an ahead-of-time cache"
  aot_java=""
fi

work="$(mktemp -d -t gazette-bench.XXXXXX)"
chmod 755 "$work"
gazette_pid=""
nginx_pid=""
cleanup() {
  [ -n "$gazette_pid" ] && kill "$gazette_pid" 2>/dev/null && wait "$gazette_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
  if [ "${BENCH_KEEP:-0}" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# --- The jar, and an extracted copy with a class data sharing archive ---------------------
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  log "building the jar"
  ./mvnw -q -B -DskipTests package
fi
# A copy: a build during the run must not change what is measured.
cp "$repo/target/gazette.jar" "$work/gazette.jar"
jar="$work/gazette.jar"
log "extracting the jar and training a class data sharing archive"
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null

# start_gazette MODE DIR: starts the jar (MODE jar), the extracted jar with its archive
# (MODE cds) or the extracted jar writing its archive as it exits (MODE train), or the
# extracted jar on $aot_java with its ahead-of-time cache (MODE aot) or writing it as it
# exits (MODE aot-train), on DIR/content, in DIR; sets gazette_pid and launched (nanoseconds).
start_gazette() {
  local mode="$1" dir="$2" command
  local aot_flags=(-Xmx"$heap" -Xlog:aot*=error)
  if [ "$mode" = cds ]; then
    command=(java -Xmx"$heap" -XX:SharedArchiveFile="$work/app/gazette.jsa" $java_opts -jar "$work/app/gazette.jar")
  elif [ "$mode" = train ]; then
    command=(java -Xmx"$heap" -XX:ArchiveClassesAtExit="$work/app/gazette.jsa" $java_opts -jar "$work/app/gazette.jar")
  elif [ "$mode" = aot ]; then
    command=("$aot_java" "${aot_flags[@]}" -XX:AOTCache="$work/app/gazette.aot" $java_opts -jar "$work/app/gazette.jar")
  elif [ "$mode" = aot-train ]; then
    command=("$aot_java" "${aot_flags[@]}" -XX:AOTCacheOutput="$work/app/gazette.aot" $java_opts -jar "$work/app/gazette.jar")
  else
    command=(java -Xmx"$heap" $java_opts -jar "$jar")
  fi
  launched=$(date +%s%N)
  (cd "$dir" && exec env GAZETTE_CONTENT_DIR="$dir/content" GAZETTE_DATA_DIR="$dir/data" \
    GAZETTE_SEARCH_INDEX_DIR="$dir/data/search-index" SERVER_PORT="$port" \
    GAZETTE_ADMIN_PASSWORD="bench-$RANDOM-$RANDOM-$RANDOM" "${command[@]}" >>"$dir/gazette.log" 2>&1) &
  gazette_pid=$!
}

stop_gazette() {
  kill "$gazette_pid" 2>/dev/null || true
  wait "$gazette_pid" 2>/dev/null || true
  gazette_pid=""
}

# wait_for URL LIMIT [INTERVAL]: polls URL every INTERVAL seconds (0.05 unless given) until it
# answers 200; prints seconds since launch. A curl costs some 15-30 ms of CPU, so polling
# with it twenty times a second would take a third of a core or more from the start-up being
# timed: until Gazette's port accepts connections the shell checks it without starting a
# process, and readiness (which waits for an import) is polled twice a second.
wait_for() {
  local url="$1" limit="$2" interval="${3:-0.05}" deadline=$(( SECONDS + $2 ))
  until port_open && [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do
    if ! kill -0 "$gazette_pid" 2>/dev/null; then log "Gazette exited: see its log"; return 1; fi
    if [ "$SECONDS" -gt "$deadline" ]; then log "no answer from $url in $limit s"; return 1; fi
    sleep "$interval"
  done
  awk -v t="$(( $(date +%s%N) - launched ))" 'BEGIN { printf "%.1f", t / 1e9 }'
}

# wait_ready LIMIT: wait_for readiness, twice a second; prints seconds since launch.
wait_ready() { wait_for "$base/actuator/health/readiness" "$1" 0.5; }

# port_open: whether Gazette's port accepts a connection (bash's /dev/tcp: no process started).
port_open() { { : <>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; }

# training_run MODE: the archive (MODE train) or the ahead-of-time cache (MODE aot-train) is
# trained as README "Faster start-up" says: a real start on the sample story, a few
# readers' pages, then a stop; the JVM writes what it loaded as it exits.
training_run() {
  local dir="$work/$1"
  mkdir -p "$dir"
  cp -r "$repo/content" "$dir/content"
  start_gazette "$1" "$dir"
  if wait_ready 600 >/dev/null; then
    training_article="$(curl -s "$base/" | grep -o 'href="/articles/[^"]*"' | head -n 1 | cut -d'"' -f2)"
    for page in / "$training_article" "/search?q=summit" /feed.xml /sitemap.xml /login; do
      curl -s -o /dev/null "$base$page" || true
    done
  fi
  stop_gazette
}
training_run train
[ -f "$work/app/gazette.jsa" ] || log "training run wrote no archive: see $work/train/gazette.log"
if [ -n "$aot_java" ]; then
  log "training an ahead-of-time cache on $aot_java"
  training_run aot-train
  [ -f "$work/app/gazette.aot" ] || { log "training wrote no ahead-of-time cache: see $work/aot-train/gazette.log"; aot_java=""; }
fi

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# last_ms DIR PATTERN: the milliseconds in the last log line matching PATTERN.
last_ms() { grep -E "$2" "$1/gazette.log" | tail -n 1 | sed -E 's/.* in ([0-9]+) ms.*/\1/' | grep -E '^[0-9]+$' || echo 0; }

# run_wrk NAME URL [lua] [connections]: one bounded wrk run; appends "name rps p50 p99 errors non2xx
# requests cpu" to $results.
run_wrk() {
  local name="$1" url="$2" script="${3:-}" clients="${4:-$connections}" before=0 after=0 output
  [[ "$name" == gazette* ]] && before=$(cpu_ticks "$gazette_pid")
  output="$work/wrk-$name.txt"
  wrk -t"$(( clients < threads ? clients : threads ))" -c"$clients" -d"${duration}s" --timeout 10s --latency \
    ${script:+-s "$script"} "$url" >"$output" 2>&1 || true
  [[ "$name" == gazette* ]] && after=$(cpu_ticks "$gazette_pid")
  awk -v name="$name" -v cpu=$(( after - before )) -v ticks="$ticks" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Requests\/sec/ { rps = $2 } / requests in / { requests = $1 }
    /Socket errors/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx/ { non2xx = $5 }
    END { printf "%s %s %s %s %d %d %d %.1f\n", name, rps + 0, p50 + 0, p99 + 0, errors, non2xx, requests,
          (requests > 0) ? cpu * 1e6 / ticks / requests : 0 }' "$output" >>"$results"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print 0; else print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

tables="$work/tables.md"
{
  echo "## Gazette against nginx ($(nproc) cores, $(date -u +%Y-%m-%d))"
  echo
  echo "wrk -t$threads -c$connections, ${duration} s a run, $rounds interleaved round(s) per page (median shown),"
  echo "after ${warmup} s of warm-up; Gazette: \`java -Xmx$heap $java_opts -jar gazette.jar\` on H2; 127.0.0.1."
  echo "Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
} >"$tables"

for n in $sizes; do
  dir="$work/n$n"
  mkdir -p "$dir"
  results="$dir/results.txt"
  : >"$results"
  log "N=$n: generating the corpus"
  java "$repo/bench/GenerateCorpus.java" "$n" "$dir/content" >/dev/null

  log "N=$n: first start, importing"
  start_gazette jar "$dir"
  first_ready=$(wait_ready 3600)
  import_ms=$(last_ms "$dir" "Imported content from")
  index_ms=$(last_ms "$dir" "Indexed the imported articles")
  article="$(curl -s "$base/" | grep -o 'href="/articles/[^"]*"' | head -n 1 | cut -d'"' -f2)"
  tag="$(curl -s "$base$article" | grep -o 'href="/tags/[^"/]*"' | head -n 1 | cut -d'"' -f2)"
  search="/search?q=summit+security"
  stop_gazette

  log "N=$n: restarts on the unchanged files"
  start_gazette jar "$dir"
  restart_jar=$(wait_for "$base$article" 600)
  wait_ready 600 >/dev/null
  restart_import_ms=$(last_ms "$dir" "Imported content from")
  stop_gazette
  start_gazette cds "$dir"
  restart_cds=$(wait_for "$base$article" 600)
  wait_ready 600 >/dev/null
  stop_gazette
  restart_aot=""
  if [ -n "$aot_java" ]; then
    start_gazette aot "$dir"
    restart_aot=$(wait_for "$base$article" 600)
    wait_ready 600 >/dev/null
    stop_gazette
  fi

  log "N=$n: serving"
  start_gazette jar "$dir"
  wait_ready 600 >/dev/null

  www="$dir/www"
  mkdir -p "$www" "$dir/nginx/tmp"
  curl -s -o "$www/article.html" "$base$article"
  curl -s -o "$www/index.html" "$base/"
  chmod -R a+rX "$dir"
  cat >"$dir/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $dir/nginx/nginx.pid;
error_log $dir/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000;
  client_body_temp_path $dir/nginx/tmp/body;
  proxy_temp_path $dir/nginx/tmp/proxy;
  fastcgi_temp_path $dir/nginx/tmp/fastcgi;
  uwsgi_temp_path $dir/nginx/tmp/uwsgi;
  scgi_temp_path $dir/nginx/tmp/scgi;
  types { text/html html; }
  default_type text/html;
  server {
    listen 127.0.0.1:$nginx_port;
    root $www;
    location = / { try_files /index.html =404; }
    location = /article { try_files /article.html =404; }
  }
}
EOF
  "$nginx_bin" -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -e "$dir/nginx/error.log" -g 'daemon off;' &
  nginx_pid=$!
  sleep 1

  declare -A url=([article]="$base$article" [front]="$base/" [tag]="$base$tag" [search]="$base$search"
    [searches]="$base" [reader-searches]="$base" [feed]="$base/feed.xml" [sitemap]="$base/sitemap.xml")
  declare -A script=([searches]="$repo/bench/search.lua" [reader-searches]="$repo/bench/search.lua")
  # New searches are measured twice: under the same load as every page, and as one reader
  # searching after another, which is what a reader waits for.
  declare -A clients=([reader-searches]=1)
  declare -A twin=([article]="$nginx_base/article" [front]="$nginx_base/")
  pages="article front tag search searches reader-searches feed sitemap"
  # Above the size of one sitemap, /sitemap.xml is an index: its first sitemap is measured too.
  sitemap_part="$(curl -s "$base/sitemap.xml" | grep -o '<loc>[^<]*/sitemaps/[^<]*</loc>' | head -n 1 |
    sed -E 's#<loc>[a-z]+://[^/]+(/[^<]*)</loc>#\1#' || true)"
  if [ -n "$sitemap_part" ]; then
    url[sitemap-part]="$base$sitemap_part"
    pages="$pages sitemap-part"
  fi
  # The warm-up asks for every page that has one URL, in turn.
  # Scripted rows ask for a new URL each time: no one size, and nothing to warm.
  declare -A bytes=()
  warmup_paths=""
  for page in $pages; do
    if [ -n "${script[$page]:-}" ]; then
      bytes[$page]="—"
      continue
    fi
    bytes[$page]=$(curl -s -o /dev/null -w '%{size_download}' "${url[$page]}")
    warmup_paths="$warmup_paths${warmup_paths:+, }\"${url[$page]#"$base"}\""
  done

  log "N=$n: warming up for $warmup s"
  printf 'paths = { %s }\ni = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i %% #paths) + 1])\nend\n' \
    "$warmup_paths" >"$dir/warmup.lua"
  wrk -t"$threads" -c"$connections" -d"${warmup}s" --timeout 10s -s "$dir/warmup.lua" "$base" >"$dir/warmup.txt" 2>&1 || true
  wrk -t"$threads" -c"$connections" -d5s "$nginx_base/article" >/dev/null 2>&1 || true

  for round in $(seq 1 "$rounds"); do
    log "N=$n: round $round of $rounds"
    for page in $pages; do
      if [ -n "${twin[$page]:-}" ]; then
        run_wrk "nginx-$page" "${twin[$page]}"
      fi
      run_wrk "gazette-$page" "${url[$page]}" "${script[$page]:-}" "${clients[$page]:-}"
    done
  done
  rss_mb=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$gazette_pid/status")
  stop_gazette
  kill "$nginx_pid" 2>/dev/null || true
  wait "$nginx_pid" 2>/dev/null || true
  nginx_pid=""

  {
    echo
    echo "### $n articles"
    echo
    echo "First start to ready: ${first_ready} s, of which import $(awk -v m="$import_ms" 'BEGIN { printf "%.1f", m / 1000 }') s"
    echo "(search indexing at its end $(awk -v m="$index_ms" 'BEGIN { printf "%.1f", m / 1000 }') s). Restart on the unchanged files:"
    echo "import ${restart_import_ms} ms; first article served ${restart_jar} s after \`java -jar\`, ${restart_cds} s from the"
    if [ -n "$restart_aot" ]; then
      echo "extracted jar with its class data sharing archive, ${restart_aot} s from the extracted jar on JDK"
      echo "$aot_release with its ahead-of-time cache. Peak RSS while serving: ${rss_mb} MB (-Xmx$heap)."
    else
      echo "extracted jar with its class data sharing archive. Peak RSS while serving: ${rss_mb} MB (-Xmx$heap)."
    fi
    echo
    echo "| Page | Server | Requests/s | p50 ms | p99 ms | Errors | Non-2xx/3xx | Bytes | × nginx | Java CPU µs/request |"
    echo "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|"
    for page in $pages; do
      for server in nginx gazette; do
        name="$server-$page"
        grep -q "^$name " "$results" || continue
        rps=$(awk -v n="$name" '$1 == n { print $2 }' "$results" | median)
        p50=$(awk -v n="$name" '$1 == n { print $3 }' "$results" | median)
        p99=$(awk -v n="$name" '$1 == n { print $4 }' "$results" | median)
        errors=$(awk -v n="$name" '$1 == n { s += $5 } END { print s + 0 }' "$results")
        non2xx=$(awk -v n="$name" '$1 == n { s += $6 } END { print s + 0 }' "$results")
        cpu=$(awk -v n="$name" '$1 == n { print $8 }' "$results" | median)
        ratio="—"
        if [ "$server" = gazette ] && grep -q "^nginx-$page " "$results"; then
          ratio=$(awk -v a="$rps" -v b="$(awk -v n="nginx-$page" '$1 == n { print $2 }' "$results" | median)" \
            'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
        fi
        [ "$server" = nginx ] && cpu="—"
        label="\`${url[$page]#"$base"}\`"
        [ "$page" = article ] && label="article"
        [ "$page" = search ] && label="\`$search\` (the same query)"
        [ "$page" = searches ] && label="\`/search\`, a new four-word query each time"
        [ "$page" = reader-searches ] && label="\`/search\`, a new query each time, 1 connection"
        printf '| %s | %s | %.0f | %.2f | %.2f | %d | %d | %s | %s | %s |\n' "$label" "$server" "$rps" "$p50" "$p99" \
          "$errors" "$non2xx" "${bytes[$page]}" "$ratio" "$cpu"
      done
    done
  } >>"$tables"
  unset url twin bytes script clients
  cp "$results" "$work/results-$n.txt"
  # Each size's table is kept as soon as it is measured.
  if [ -n "${BENCH_OUT:-}" ]; then
    cp "$tables" "$BENCH_OUT"
  fi
  rm -rf "$dir/content" "$dir/data"
done

cat "$tables"
if [ -n "${BENCH_OUT:-}" ]; then
  cp "$tables" "$BENCH_OUT"
fi
