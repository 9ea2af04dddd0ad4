#!/usr/bin/env bash
# Installs the gantry command line at a pinned, verified version and prints the folder to put on PATH.
#
# Two honest ways, chosen by which variables are set (put them in the CI settings, not here):
#   GANTRY_JAR_URL + GANTRY_JAR_SHA256  download a gantry.jar you publish (https only) and check its
#                                       SHA-256; a jar that does not match is never run.
#   GANTRY_SOURCE + GANTRY_COMMIT       build Gantry from its git repository at that full 40-hex commit
#                                       (needs Java 17+ and Maven); a branch or tag is refused, since it
#                                       can move.
# GANTRY_HOME is where it goes (default: .gantry-ci in the current folder).
set -euo pipefail

home="${GANTRY_HOME:-$PWD/.gantry-ci}"
mkdir -p "$home"

if [[ -n "${GANTRY_JAR_URL:-}" ]]; then
  : "${GANTRY_JAR_SHA256:?set GANTRY_JAR_SHA256 to the SHA-256 of the jar: an unverified download is not run}"
  curl --fail --silent --show-error --location --proto '=https' --output "$home/gantry.jar" "$GANTRY_JAR_URL"
  echo "$GANTRY_JAR_SHA256  $home/gantry.jar" | sha256sum --check --strict >&2
elif [[ -n "${GANTRY_COMMIT:-}" ]]; then
  if [[ ! "$GANTRY_COMMIT" =~ ^[0-9a-f]{40}$ ]]; then
    echo "install-gantry: GANTRY_COMMIT must be a full 40-hex commit SHA, not a branch or tag" >&2
    exit 2
  fi
  : "${GANTRY_SOURCE:?set GANTRY_SOURCE to the Gantry git repository URL}"
  rm -rf "$home/src"
  git init --quiet "$home/src"
  git -C "$home/src" fetch --quiet --depth 1 "$GANTRY_SOURCE" "$GANTRY_COMMIT"
  git -C "$home/src" checkout --quiet --detach FETCH_HEAD
  mvn -B -q -f "$home/src/pom.xml" -DskipTests package >&2
  cp "$home/src/controller/target/gantry.jar" "$home/gantry.jar"
else
  echo "install-gantry: say how to get Gantry: set GANTRY_JAR_URL and GANTRY_JAR_SHA256," \
    "or GANTRY_SOURCE and GANTRY_COMMIT" >&2
  exit 2
fi

printf '#!/bin/sh\nexec java -jar "%s" "$@"\n' "$home/gantry.jar" > "$home/gantry"
chmod +x "$home/gantry"
echo "$home"
