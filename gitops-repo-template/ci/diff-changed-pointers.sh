#!/usr/bin/env bash
# Shows what a pull/merge request would change in the rendered manifests: for each release pointer
# it adds or changes (environments/<env>/<repository>/<project>/release.yaml), one `gantry diff`:
#   - a changed pointer: its previous release against its new one, both rendered for its environment;
#   - a new pointer: its release against the release its environment's promotesFrom runs, both
#     rendered for the new pointer's environment (how it differs from what ran there first);
#   - a pointer whose release did not change (an approval) or a new pointer in an environment with
#     no promotesFrom: said so, nothing to compare.
#
# Usage: ci/diff-changed-pointers.sh BASE_COMMIT
#   Run at the root of a checkout of the request's head, with the base commit's history fetched.
# Environment: GANTRY (the command, default: gantry), GANTRY_REGISTRY (the registry of environments
#   that name none, passed as --registry), and registry credentials as for any gantry command.
# Exit status: 0 when every diff ran (whether or not releases differ), else the last failing one's.
set -euo pipefail

base_commit="${1:?usage: $0 BASE_COMMIT}"
read -r -a gantry <<<"${GANTRY:-gantry}"
registry=()
if [[ -n "${GANTRY_REGISTRY:-}" ]]; then
  registry=(--registry "$GANTRY_REGISTRY")
fi
base="$(git merge-base "$base_commit" HEAD)"

# The first value of a top-level or nested YAML field, without quotes or a trailing comment.
field() {
  sed -n "s/^[[:space:]]*$1:[[:space:]]*[\"']\{0,1\}\([^\"' #]*\).*/\1/p" | head -n 1
}

status=0
while IFS= read -r path; do
  IFS=/ read -r _ env repository project _ <<<"$path"
  new="$(field release < "$path")"
  old="$(git show "$base:$path" 2>/dev/null | field release || true)"
  echo "## $repository/$project in $env"
  if [[ "$old" == "$new" ]]; then
    echo "release unchanged ($new): only the pointer's other fields changed"
    continue
  elif [[ -n "$old" ]]; then
    args=(--release "$old" --release "$new" --env "$env")
  else
    from="$(field promotesFrom < "environments/$env/environment.yaml")"
    if [[ -z "$from" ]]; then
      echo "new pointer in $env, which promotes from no environment: no earlier release to compare"
      continue
    fi
    args=(--from "$from" --to "$env")
  fi
  "${gantry[@]}" diff "$repository/$project" "${args[@]}" --repo . ${registry[@]+"${registry[@]}"} || status=$?
done < <(git diff --name-only --diff-filter=AMR "$base" HEAD -- environments \
  | grep -E '^environments/[^/]+/[^/]+/[^/]+/release\.yaml$' || true)
exit "$status"
