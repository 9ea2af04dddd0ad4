#!/usr/bin/env bash
# Measures `gantry validate` on a generated GitOps repository: wall time and peak memory.
# A benchmark, not a test: it prints figures and asserts nothing about them.
#
#   bench/validate-repository.sh [POINTERS ...]     (default: 1000 10000)
#
# Needs controller/target/gantry.jar (mvn -B -q -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=controller/target/gantry.jar
[ -f "$jar" ] || { echo "bench: $jar is missing; run 'mvn -B -q -DskipTests package' first" >&2; exit 2; }
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

generate() { # generate DIR POINTERS: three environments, POINTERS pointers spread over them
  local dir=$1 total=$2 env i repo project
  for env in dev staging production; do
    mkdir -p "$dir/environments/$env"
  done
  printf 'apiVersion: gantry.dev/v1\nkind: Environment\nmetadata:\n  name: dev\nspec:\n  sync: {auto: true, prune: true}\n' \
    > "$dir/environments/dev/environment.yaml"
  printf 'apiVersion: gantry.dev/v1\nkind: Environment\nmetadata:\n  name: staging\nspec:\n  promotesFrom: dev\n' \
    > "$dir/environments/staging/environment.yaml"
  printf 'apiVersion: gantry.dev/v1\nkind: Environment\nmetadata:\n  name: production\nspec:\n  promotesFrom: staging\n  approval:\n    required: true\n    approvers: [alice@example.com]\n' \
    > "$dir/environments/production/environment.yaml"
  for ((i = 0; i < total; i++)); do
    case $((i % 3)) in 0) env=dev ;; 1) env=staging ;; *) env=production ;; esac
    repo="repo-$((i / 30))"; project="project-$i"
    mkdir -p "$dir/environments/$env/$repo/$project"
    {
      printf 'apiVersion: gantry.dev/v1\nkind: ReleasePointer\nmetadata:\n  name: %s\n  environment: %s\n' "$project" "$env"
      printf 'spec:\n  release: %040x\n  deployedBy: bench@example.com\n  deployedAt: "2026-01-01T00:00:00Z"\n' "$i"
      if [ "$env" = production ]; then printf '  approvedBy: alice@example.com\n'; fi
    } > "$dir/environments/$env/$repo/$project/release.yaml"
  done
}

printf '%-10s %-6s %12s %12s %12s %14s\n' pointers runs "best (ms)" "median (ms)" "ms/pointer" "peak RSS (MiB)"
for total in "${@:-1000 10000}"; do
  for n in $total; do
    repo="$work/repo-$n"
    generate "$repo" "$n"
    times=()
    rss=0
    for ((r = 0; r < runs; r++)); do
      start=$(date +%s%N)
      /usr/bin/time -f '%M' -o "$work/rss" java -jar "$jar" validate --repo "$repo" > /dev/null
      end=$(date +%s%N)
      times+=($(((end - start) / 1000000)))
      kib=$(cat "$work/rss"); [ "$kib" -gt "$rss" ] && rss=$kib
    done
    sorted=($(printf '%s\n' "${times[@]}" | sort -n))
    best=${sorted[0]}; median=${sorted[$((runs / 2))]}
    printf '%-10s %-6s %12s %12s %12s %14s\n' "$n" "$runs" "$best" "$median" \
      "$(awk -v m="$median" -v n="$n" 'BEGIN { printf "%.3f", m / n }')" "$((rss / 1024))"
  done
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -1)"
