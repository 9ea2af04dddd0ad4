#!/usr/bin/env bash
# Builds the test control plane into test-cluster/bin: gantry-test-cluster, and kubectl as a link
# to it. The version stamps are what the Kubernetes release build sets, so the API server, kubectl
# and the feature gates all report v1.36.3 rather than a module's v0.0.0.
set -euo pipefail
cd "$(dirname "$0")"
version=$(sed -n 's/^\tk8s.io\/kubernetes \(v[0-9.]*\)$/\1/p' go.mod)
minor=$(echo "$version" | cut -d. -f2)
stamp=""
for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
  stamp="$stamp -X $pkg.gitVersion=$version -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor"
  stamp="$stamp -X $pkg.gitTreeState=clean -X $pkg.buildDate=1970-01-01T00:00:00Z"
done
mkdir -p bin
go build -trimpath -ldflags "-s -w $stamp" -o bin/gantry-test-cluster .
ln -sf gantry-test-cluster bin/kubectl
echo "built $(bin/gantry-test-cluster version) into $(pwd)/bin"
