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
// A Pod labelled gantry.dev/test-outcome=fail fails instead, so tests can make a Job fail.
func (p *controlPlane) writeKwokStages() error {
	stages := []string{
		nodefast.DefaultNodeInit,
		nodelease.DefaultNodeHeartbeatWithLease,
		podfast.DefaultPodReady,
		podfast.DefaultPodComplete,
		podfast.DefaultPodDelete,
		podFail,
	}
	return os.WriteFile(p.file("kwok.yaml"), []byte(strings.Join(stages, "\n---\n")), 0o600)
}

// podFail outweighs pod-complete (weight 0) for a running Pod labelled to fail: its containers
// end with exit code 1 and the Pod's phase is Failed.
const podFail = `apiVersion: kwok.x-k8s.io/v1alpha1
kind: Stage
metadata:
  name: gantry-pod-fail
spec:
  resourceRef:
    apiGroup: v1
    kind: Pod
  selector:
    matchExpressions:
    - key: '.metadata.labels["gantry.dev/test-outcome"]'
      operator: In
      values: ['fail']
    - key: '.metadata.deletionTimestamp'
      operator: DoesNotExist
    - key: '.status.phase'
      operator: In
      values: ['Running']
  weight: 1
  next:
    statusTemplate: |
      {{ $now := Now }}
      conditions:
      - lastTransitionTime: {{ $now | Quote }}
        status: "False"
        type: Ready
      containerStatuses:
      {{ range .spec.containers }}
      - image: {{ .image | Quote }}
        name: {{ .name | Quote }}
        ready: false
        restartCount: 0
        started: false
        state:
          terminated:
            exitCode: 1
            finishedAt: {{ $now | Quote }}
            reason: Error
            startedAt: {{ $now | Quote }}
      {{ end }}
      phase: Failed
`
