#!/usr/bin/env bash
# Measures `gantry release build` on generated projects of 10, 100 and 1,000 Kubernetes manifests,
# pushing to a real distribution registry on loopback and to an OCI layout folder, beside
# `tar czf` of the same files. A benchmark, not a test: it prints figures and asserts nothing
# about them.
#
#   bench/release-packaging.sh [MANIFESTS ...]     (default: 10 100 1000; RUNS=3 by default)
#
# The project has no images, so no Jib image build runs: the figures are the cost of packaging
# and publishing manifests. Every build runs in a fresh JVM with a fresh tag (one commit per run)
# and a cold source cache, as a CI job would; the "unchanged" rows rebuild the last commit with
# the cache that build left behind.
#
# Needs controller/target/gantry.jar (mvn -B -q -DskipTests package), git, curl, jq, /usr/bin/time and the
# distribution registry binary (Debian package docker-registry; REGISTRY_BIN to point elsewhere).
# Everything it starts listens on 127.0.0.1 only and is stopped on exit.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."

jar=controller/target/gantry.jar
registry_bin=${REGISTRY_BIN:-/usr/bin/docker-registry}
runs=${RUNS:-3}
project=shop                # the project folder and name in the source repository
build_timeout=600           # seconds one gantry run may take before the benchmark gives up

[ -f "$jar" ] || { echo "bench: $jar is missing; run 'mvn -B -q -DskipTests package' first" >&2; exit 2; }
[ -x "$registry_bin" ] || { echo "bench: $registry_bin is missing; install Debian's docker-registry package or set REGISTRY_BIN" >&2; exit 2; }
for tool in git curl jq tar ss /usr/bin/time; do
  command -v "$tool" > /dev/null || { echo "bench: '$tool' is missing" >&2; exit 2; }
done

work=$(mktemp -d)
registry_pid=               # the registry this script started, stopped on exit
registry_port=
commits=()                  # the source commits of the size being measured, 1..RUNS
cleanup() {
  if [ -n "$registry_pid" ]; then
    kill "$registry_pid" 2> /dev/null || true
    wait "$registry_pid" 2> /dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# No credentials from the user's Docker config reach the builds.
export DOCKER_CONFIG="$work/docker"
mkdir -p "$DOCKER_CONFIG" "$work/out"

# ---------------------------------------------------------------------------------------------
# Timing and statistics
# ---------------------------------------------------------------------------------------------

now_us() { # microseconds since the epoch, without starting a process
  echo "${EPOCHREALTIME/./}"
}

best() { # best < NUMBERS: the smallest
  sort -n | head -1
}

median() { # median < NUMBERS: the middle one (the upper of the two middles for an even count)
  sort -n | awk '{ v[NR] = $1 } END { print v[int(NR / 2) + 1] }'
}

ratio() { # ratio A B: A / B, two decimals below 100, whole above
  awk -v a="$1" -v b="$2" 'BEGIN { r = (b > 0 ? a / b : 0); printf (r < 100 ? "%.2f" : "%.0f"), r }'
}

# ---------------------------------------------------------------------------------------------
# The registry: CNCF distribution on a free loopback port, storage in the temp folder
# ---------------------------------------------------------------------------------------------

free_port() { # a TCP port nobody listens on right now (someone may still take it; start_registry retries)
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if [ -z "$(ss -Hltn "sport = :$port")" ]; then echo "$port"; return; fi
  done
}

write_registry_config() { # write_registry_config FILE PORT: the shape RegistryConfig.java uses in the ITs
  local secret
  secret=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  cat > "$1" << EOF
version: 0.1
log:
  level: warn
  formatter: text
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: '$work/registry/storage'
  delete:
    enabled: true
  maintenance:
    uploadpurging:
      enabled: false
http:
  addr: 127.0.0.1:$2
  secret: '$secret'
EOF
}

start_registry() { # start_registry: sets registry_port and registry_pid, or exits after five tries
  local attempt i
  mkdir -p "$work/registry/storage"
  for attempt in 1 2 3 4 5; do
    registry_port=$(free_port)
    write_registry_config "$work/registry/config.yml" "$registry_port"
    "$registry_bin" serve "$work/registry/config.yml" >> "$work/registry/log" 2>&1 &
    registry_pid=$!
    for ((i = 0; i < 100; i++)); do # up to 10 s
      if curl -fsS --noproxy '*' -o /dev/null "http://127.0.0.1:$registry_port/v2/" 2> /dev/null; then return; fi
      kill -0 "$registry_pid" 2> /dev/null || break
      sleep 0.1
    done
    kill "$registry_pid" 2> /dev/null || true
    wait "$registry_pid" 2> /dev/null || true
    registry_pid=
    echo "bench: the registry did not start on port $registry_port (attempt $attempt)" >&2
  done
  echo "bench: giving up; registry log:" >&2
  cat "$work/registry/log" >&2
  exit 3
}

# ---------------------------------------------------------------------------------------------
# The source repository: one project, N generated manifests, one commit per timed run
# ---------------------------------------------------------------------------------------------

fake_digest() { # fake_digest I: 64 hex digits, fixed for I, that gzip cannot shrink much
  local h=$(($1 * 2654435761 + 97)) out="" part round
  for ((round = 0; round < 4; round++)); do
    h=$((h * 6364136223846793005 + 1442695040888963407))
    printf -v part '%016x' "$h"
    out+=$part
  done
  echo "$out"
}

write_deployment() { # write_deployment FILE NAME I VERSION: about 1.5 KiB
  cat > "$1" << EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: $2
  namespace: $project
  labels:
    app.kubernetes.io/name: $2
    app.kubernetes.io/version: "1.0.$4"
    app.kubernetes.io/part-of: $project
    app.kubernetes.io/managed-by: gantry
  annotations:
    checksum/config: $(fake_digest "$3")
spec:
  replicas: $((2 + $3 % 4))
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      app.kubernetes.io/name: $2
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxSurge: 25%, maxUnavailable: 0 }
  template:
    metadata:
      labels:
        app.kubernetes.io/name: $2
        app.kubernetes.io/part-of: $project
    spec:
      serviceAccountName: $2
      securityContext: { runAsNonRoot: true, runAsUser: 65532, fsGroup: 65532 }
      containers:
        - name: app
          image: registry.example.com/$project/$2@sha256:$(fake_digest "$(($3 + 7))")
          ports:
            - { name: http, containerPort: 8080 }
            - { name: metrics, containerPort: 9090 }
          env:
            - { name: LOG_LEVEL, value: info }
            - { name: SERVICE_NAME, value: $2 }
          envFrom:
            - configMapRef: { name: $2-config }
          resources:
            requests: { cpu: $((50 + $3 % 200))m, memory: $((64 + $3 % 192))Mi }
            limits: { cpu: 500m, memory: 512Mi }
          readinessProbe:
            httpGet: { path: /ready, port: http }
            periodSeconds: 5
          livenessProbe:
            httpGet: { path: /healthz, port: http }
            initialDelaySeconds: 10
            periodSeconds: 10
EOF
}

write_service() { # write_service FILE NAME I VERSION: about 1 KiB
  cat > "$1" << EOF
apiVersion: v1
kind: Service
metadata:
  name: $2
  namespace: $project
  labels:
    app.kubernetes.io/name: $2
    app.kubernetes.io/version: "1.0.$4"
    app.kubernetes.io/part-of: $project
    app.kubernetes.io/managed-by: gantry
  annotations:
    prometheus.io/scrape: "true"
    prometheus.io/port: "9090"
    prometheus.io/path: /metrics
    description: "Routes HTTP, gRPC and metrics traffic to the pods of $2, component $3 of the $project."
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/name: $2
  ports:
    - name: http
      port: 80
      targetPort: http
      protocol: TCP
    - name: grpc
      port: 9000
      targetPort: 9000
      protocol: TCP
    - name: metrics
      port: 9090
      targetPort: metrics
      protocol: TCP
  sessionAffinity: None
  internalTrafficPolicy: Cluster
EOF
}

write_config_map() { # write_config_map FILE NAME I VERSION: about 1.2 KiB
  cat > "$1" << EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: $2-config
  namespace: $project
  labels:
    app.kubernetes.io/name: $2
    app.kubernetes.io/version: "1.0.$4"
    app.kubernetes.io/part-of: $project
    app.kubernetes.io/managed-by: gantry
data:
  DATABASE_URL: postgres://$2.db.$project.svc:5432/$2
  CACHE_TTL_SECONDS: "$((30 + $3 % 600))"
  FEATURE_FLAGS: checkout-v2,search-suggestions,$2-beta
  application.yaml: |
    server:
      port: 8080
      shutdown: graceful
    management:
      server:
        port: 9090
      endpoints:
        web:
          exposure:
            include: health,prometheus
    $2:
      upstreams:
        - http://$2-upstream-a.$project.svc
        - http://$2-upstream-b.$project.svc
      retry: { attempts: $((1 + $3 % 5)), backoff: 200ms }
      signing-key-id: $(fake_digest "$(($3 + 13))")
    logging:
      level:
        root: info
EOF
}

write_manifest() { # write_manifest DEPLOY_DIR I VERSION: file I of the project, by turn a Deployment, Service or ConfigMap
  local component=$(($2 / 3)) name
  name=$(printf 'svc-%04d' "$component")
  case $(($2 % 3)) in
    0) write_deployment "$1/$name-deployment.yaml" "$name" "$component" "$3" ;;
    1) write_service "$1/$name-service.yaml" "$name" "$component" "$3" ;;
    *) write_config_map "$1/$name-config.yaml" "$name" "$component" "$3" ;;
  esac
}

bench_git() { # bench_git ARGS...: git with fixed identities and no user or system config, so the same
  # script gives the same commits (hence the same digests); scoped to git, gantry sees the usual environment
  GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.com GIT_COMMITTER_NAME=bench \
    GIT_COMMITTER_EMAIL=bench@example.com GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null git "$@"
}

generate_source() { # generate_source DIR N: a repository with RUNS commits; sets commits[1..RUNS]
  local dir=$1 n=$2 i r
  mkdir -p "$dir/$project/deploy"
  bench_git -C "$dir" init -q -b main
  printf 'apiVersion: gantry.dev/v1\nkind: Project\nmetadata:\n  name: %s\nspec:\n  manifests: deploy/\n' "$project" \
    > "$dir/$project/gantry.yaml"
  for ((i = 0; i < n; i++)); do
    write_manifest "$dir/$project/deploy" "$i" 1
  done
  commits=()
  for ((r = 1; r <= runs; r++)); do
    # Each run's commit bumps the version label of the first file: a new tag and a new layer.
    write_manifest "$dir/$project/deploy" 0 "$r"
    bench_git -C "$dir" add -A
    GIT_AUTHOR_DATE="$((1767225600 + r)) +0000" GIT_COMMITTER_DATE="$((1767225600 + r)) +0000" \
      bench_git -C "$dir" commit -q -m "release $r"
    commits[r]=$(bench_git -C "$dir" rev-parse HEAD)
  done
}

# ---------------------------------------------------------------------------------------------
# The measured commands
# ---------------------------------------------------------------------------------------------

gantry_build() { # gantry_build OUT SOURCE COMMIT REGISTRY CACHE: one timed build; OUT.json, OUT.us, OUT.cpu, OUT.log
  local out=$1 start end
  start=$(now_us)
  if ! GANTRY_CACHE=$5 /usr/bin/time -f '%U %S' -o "$out.cpu" timeout "$build_timeout" java -jar "$jar" release build \
      --source "$2" --commit "$3" --project "$project" --repository bench --registry "$4" --output json \
      > "$out.json" 2> "$out.log"; then
    echo "bench: gantry release build of $3 to $4 failed:" >&2
    cat "$out.log" >&2
    exit 3
  fi
  end=$(now_us)
  echo $((end - start)) > "$out.us"
}

tar_pack() { # tar_pack OUT DIR: one timed `tar czf` of DIR/deploy; OUT.tgz, OUT.us
  local out=$1 start end
  start=$(now_us)
  tar czf "$out.tgz" -C "$2" deploy
  end=$(now_us)
  echo $((end - start)) > "$out.us"
}

# ---------------------------------------------------------------------------------------------
# The table: one row per target and outcome, one tar row, per project size
# ---------------------------------------------------------------------------------------------

# The project size being measured and its tar figures, set by measure_size for the rows it prints.
size_n=0 size_kib=0 tar_us=0 tar_bytes=0

row_format='%9s %7s %-10s %-9s %8s %8s %7s %8s %6s %6s %7s %7s %8s %6s %6s %5s\n'

print_header() {
  # shellcheck disable=SC2059 # the format is a constant shared by every row
  printf "$row_format" manifests yaml target outcome best median cpu checkout images render publish outside \
    layer time bytes same
  # shellcheck disable=SC2059
  printf "$row_format" "(files)" "(KiB)" "" "" "(ms)" "(ms)" "(ms)" "(ms)" "(ms)" "(ms)" "(ms)" "(ms)" "(bytes)" "/tar" \
    "/tar" digest
}

ms() { # ms MICROSECONDS: milliseconds with one decimal
  awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'
}

summarise_builds() { # summarise_builds TARGET SAME PREFIX: one row from the runs PREFIX-*.json, .us and .cpu
  local target=$1 same=$2 prefix=$3 phase outcome layer best_us med_us cpu
  local -A phases
  for phase in checkout images render publish; do
    phases[$phase]=$(jq -r ".timingsMillis.$phase // 0" "$prefix"-*.json | median)
  done
  outcome=$(jq -r .outcome "$prefix"-*.json | sort -u | paste -sd/)
  layer=$(jq -r .layerBytes "$prefix-$runs.json") # the last commit's layer, which the unchanged rows rebuild
  best_us=$(cat "$prefix"-*.us | best)
  med_us=$(cat "$prefix"-*.us | median)
  cpu=$(awk '{ printf "%.0f\n", ($1 + $2) * 1000 }' "$prefix"-*.cpu | median)
  # shellcheck disable=SC2059
  printf "$row_format" "$size_n" "$size_kib" "$target" "$outcome" "$(ms "$best_us")" "$(ms "$med_us")" "$cpu" \
    "${phases[checkout]}" "${phases[images]}" "${phases[render]}" "${phases[publish]}" "$(outside_phases "$prefix")" \
    "$layer" "$(ratio "$med_us" "$tar_us")" "$(ratio "$layer" "$tar_bytes")" "$same"
}

outside_phases() { # outside_phases PREFIX: median over the runs of wall time minus the phases, in ms
  local f wall phases
  for f in "$1"-*.json; do
    wall=$(($(cat "${f%.json}.us") / 1000))
    phases=$(jq '[.timingsMillis[]] | add' "$f")
    echo $((wall - phases))
  done | median
}

summarise_tar() { # summarise_tar PREFIX: the tar czf row
  # shellcheck disable=SC2059
  printf "$row_format" "$size_n" "$size_kib" "tar czf" - "$(ms "$(cat "$1"-*.us | best)")" "$(ms "$tar_us")" \
    - - - - - - "$tar_bytes" 1.00 1.00 -
}

# ---------------------------------------------------------------------------------------------
# One project size
# ---------------------------------------------------------------------------------------------

measure_size() { # measure_size N: builds, rebuilds, reproducibility and tar for a project of N manifests
  local src="$work/src-$1" out="$work/out/$1" registry="127.0.0.1:$registry_port/bench" layout r last same
  layout="oci-layout:$work/layout-$1"
  generate_source "$src" "$1"
  last=${commits[runs]}
  size_n=$1
  size_kib=$(du -sk --apparent-size "$src/$project/deploy" | cut -f1)

  for ((r = 1; r <= runs; r++)); do
    tar_pack "$out-tar-$r" "$src/$project"
  done
  tar_us=$(cat "$out"-tar-*.us | median)
  tar_bytes=$(stat -c %s "$out-tar-1.tgz")

  # New releases: one commit per run, so a fresh tag; a cold source cache each time.
  for ((r = 1; r <= runs; r++)); do
    gantry_build "$out-registry-new-$r" "$src" "${commits[r]}" "$registry" "$work/cache-$1-registry-$r"
    gantry_build "$out-layout-new-$r" "$src" "${commits[r]}" "$layout" "$work/cache-$1-layout-$r"
  done
  # The second build of the last commit, with the source cache its first build left.
  for ((r = 1; r <= runs; r++)); do
    gantry_build "$out-registry-again-$r" "$src" "$last" "$registry" "$work/cache-$1-registry-$runs"
    gantry_build "$out-layout-again-$r" "$src" "$last" "$layout" "$work/cache-$1-layout-$runs"
  done
  same=$(reproducible "$src" "$last")

  summarise_builds registry "$same" "$out-registry-new"
  summarise_builds registry - "$out-registry-again"
  summarise_builds oci-layout - "$out-layout-new"
  summarise_builds oci-layout - "$out-layout-again"
  summarise_tar "$out-tar"
}

reproducible() { # reproducible SOURCE COMMIT: yes when two clones, two caches and two registry paths give one digest
  local a="$work/clone-a-$size_n" b="$work/clone-b-$size_n" out="$work/out/$size_n" digest_a digest_b
  bench_git clone -q "$1" "$a"
  bench_git clone -q "$1" "$b"
  gantry_build "$out-clone-a" "$a" "$2" "127.0.0.1:$registry_port/bench-clone-a" "$work/cache-$size_n-clone-a"
  gantry_build "$out-clone-b" "$b" "$2" "127.0.0.1:$registry_port/bench-clone-b" "$work/cache-$size_n-clone-b"
  digest_a=$(jq -r .digest "$out-clone-a.json")
  digest_b=$(jq -r .digest "$out-clone-b.json")
  echo "$size_n $digest_a $digest_b" >> "$work/out/digests"
  if [ "$digest_a" = "$digest_b" ]; then echo yes; else echo no; fi
}

# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------

load_before=$(cut -d' ' -f1 /proc/loadavg)
start_registry
jvm=()
for ((r = 1; r <= runs; r++)); do
  start=$(now_us)
  java -jar "$jar" --version > /dev/null
  jvm+=($(($(now_us) - start)))
done

print_header
for sizes in "${@:-10 100 1000}"; do
  for n in $sizes; do
    measure_size "$n"
  done
done

echo
echo "JVM start, no work (java -jar gantry.jar --version): best $(ms "$(printf '%s\n' "${jvm[@]}" | best)") ms," \
  "median $(ms "$(printf '%s\n' "${jvm[@]}" | median)") ms"
while read -r n a b; do
  echo "reproducibility, $n manifests, one commit built from two clones: $a and $b"
done < "$work/out/digests"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1), runs: $runs," \
  "1-minute load average $load_before before, $(cut -d' ' -f1 /proc/loadavg) after"
echo "parts: $("$registry_bin" --version), $(git --version), $(tar --version | head -1) with gzip -6;" \
  "gantry packs with gzip level 9"
