// Command gantry-test-cluster runs a real Kubernetes control plane on loopback for Gantry's tests
// and benchmarks: etcd, kube-apiserver, kube-controller-manager, kube-scheduler and kwok fake
// nodes, each component a process of this one program. Invoked as kubectl (a link named kubectl,
// or the kubectl subcommand) it is kubectl at the same Kubernetes version.
package main

import (
	"fmt"
	"os"
	"path/filepath"
)

const usage = `usage: gantry-test-cluster COMMAND [flags]

commands:
  run   --dir DIR      run the control plane in the foreground until SIGTERM or SIGINT
  start --dir DIR      start it in the background unless it already runs; print the kubeconfig path
  stop  --dir DIR      stop what start started and remove DIR
  kubectl ARGS...      kubectl, at the control plane's Kubernetes version
  version              print the Kubernetes version this program was built from

run and start write DIR/kubeconfig (cluster-admin, client certificate) and DIR/ready once
the API server answers, a node is Ready and the controllers have made the default
ServiceAccount. Everything listens on 127.0.0.1 only; all data lives in DIR.
`

func main() {
	if filepath.Base(os.Args[0]) == "kubectl" {
		os.Exit(runKubectl(os.Args[1:]))
	}
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	command, args := os.Args[1], os.Args[2:]
	switch command {
	case "run":
		os.Exit(runCommand(args))
	case "start":
		os.Exit(startCommand(args))
	case "stop":
		os.Exit(stopCommand(args))
	case "kubectl":
		os.Exit(runKubectl(args))
	case componentCommand:
		os.Exit(runComponent(args))
	case "version":
		fmt.Println(kubernetesVersion())
	case "help", "-h", "--help":
		fmt.Print(usage)
	default:
		fmt.Fprintf(os.Stderr, "gantry-test-cluster: unknown command %q\n\n%s", command, usage)
		os.Exit(2)
	}
}
