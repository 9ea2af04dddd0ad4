package main

import (
	"os"
	"strings"

	nodefast "sigs.k8s.io/kwok/kustomize/stage/node/fast"
	nodelease "sigs.k8s.io/kwok/kustomize/stage/node/heartbeat-with-lease"
	podfast "sigs.k8s.io/kwok/kustomize/stage/pod/fast"
)

// writeKwokStages writes kwok's own stages: nodes become Ready and renew their Lease; a Pod bound
// to a node becomes Running and Ready at once, a Job's Pod then Succeeded, and a deleted Pod goes.
func (p *controlPlane) writeKwokStages() error {
	stages := []string{
		nodefast.DefaultNodeInit,
		nodelease.DefaultNodeHeartbeatWithLease,
		podfast.DefaultPodReady,
		podfast.DefaultPodComplete,
		podfast.DefaultPodDelete,
	}
	return os.WriteFile(p.file("kwok.yaml"), []byte(strings.Join(stages, "\n---\n")), 0o600)
}
