package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"
)

const grace = 15 * time.Second

// runCommand runs the control plane in the foreground. SIGTERM or SIGINT stops it; SIGUSR1 stops
// the API server alone and SIGUSR2 starts it again, for tests of an API server that goes away.
func runCommand(args []string) int {
	flags := flag.NewFlagSet("run", flag.ContinueOnError)
	dir := flags.String("dir", "", "folder for all data (default: a new temporary folder)")
	nodes := flags.Int("nodes", 2, "number of kwok fake nodes")
	exitWithParent := flags.Bool("exit-with-parent", false, "stop when the process that started this one ends")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	plane, err := newControlPlane(*dir, *nodes)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gantry-test-cluster:", err)
		return 1
	}
	signals := make(chan os.Signal, 4)
	signal.Notify(signals, syscall.SIGTERM, syscall.SIGINT, syscall.SIGUSR1, syscall.SIGUSR2)
	started := time.Now()
	if err := plane.start(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "gantry-test-cluster: start failed:", err, "(logs in", plane.file("logs")+")")
		plane.stop()
		return 1
	}
	fmt.Printf("ready in %.1fs: kubeconfig %s\n", time.Since(started).Seconds(), plane.kubeconfig())
	code := plane.serve(signals, *exitWithParent)
	plane.stop()
	return code
}

func newControlPlane(dir string, nodes int) (*controlPlane, error) {
	if dir == "" {
		created, err := os.MkdirTemp("", "gantry-test-cluster-")
		if err != nil {
			return nil, err
		}
		dir = created
	}
	absolute, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Join(absolute, "logs"), 0o700); err != nil {
		return nil, err
	}
	return &controlPlane{dir: absolute, nodes: nodes, components: map[string]*component{}}, nil
}

// serve waits for a signal, or for the parent to go, and acts on it; it returns the exit code.
func (p *controlPlane) serve(signals <-chan os.Signal, exitWithParent bool) int {
	parent := os.Getppid()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case s := <-signals:
			switch s {
			case syscall.SIGUSR1:
				p.stopAPIServer()
			case syscall.SIGUSR2:
				p.restartAPIServer()
			default:
				return 0
			}
		case <-tick.C:
			if exitWithParent && os.Getppid() != parent {
				fmt.Fprintln(os.Stderr, "gantry-test-cluster: parent process ended; stopping")
				return 0
			}
		}
	}
}

func (p *controlPlane) stopAPIServer() {
	_ = os.WriteFile(p.file("apiserver.state"), []byte("stopping\n"), 0o600)
	p.components["kube-apiserver"].stop(grace)
	_ = os.WriteFile(p.file("apiserver.state"), []byte("stopped\n"), 0o600)
	fmt.Println("kube-apiserver stopped")
}

func (p *controlPlane) restartAPIServer() {
	_ = os.WriteFile(p.file("apiserver.state"), []byte("starting\n"), 0o600)
	if err := p.startAPIServer(context.Background()); err != nil {
		fmt.Fprintln(os.Stderr, "gantry-test-cluster: restart kube-apiserver:", err)
		_ = os.WriteFile(p.file("apiserver.state"), []byte("failed\n"), 0o600)
		return
	}
	_ = os.WriteFile(p.file("apiserver.state"), []byte("ready\n"), 0o600)
	fmt.Println("kube-apiserver ready")
}
