package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func dirFlags(name string, args []string) (*flag.FlagSet, *string, *int, error) {
	flags := flag.NewFlagSet(name, flag.ContinueOnError)
	dir := flags.String("dir", filepath.Join(os.TempDir(), "gantry-test-cluster"), "the control plane's folder")
	nodes := flags.Int("nodes", 2, "number of kwok fake nodes")
	err := flags.Parse(args)
	return flags, dir, nodes, err
}

// startCommand starts the control plane in the background unless DIR's is running already.
func startCommand(args []string) int {
	_, dir, nodes, err := dirFlags("start", args)
	if err != nil {
		return 2
	}
	if pid, ok := runningPid(*dir); ok {
		if _, err := os.Stat(filepath.Join(*dir, "ready")); err == nil {
			fmt.Println(filepath.Join(*dir, "kubeconfig"))
			return 0
		}
		fmt.Fprintf(os.Stderr, "gantry-test-cluster: process %d runs in %s but is not ready; stop it first\n", pid, *dir)
		return 1
	}
	if err := os.MkdirAll(filepath.Join(*dir, "logs"), 0o700); err != nil {
		fmt.Fprintln(os.Stderr, "gantry-test-cluster:", err)
		return 1
	}
	log, err := os.Create(filepath.Join(*dir, "logs", "supervisor.log"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gantry-test-cluster:", err)
		return 1
	}
	defer log.Close()
	self, _ := os.Executable()
	cmd := exec.Command(self, "run", "--dir", *dir, "--nodes", strconv.Itoa(*nodes))
	cmd.Stdout, cmd.Stderr = log, log
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "gantry-test-cluster:", err)
		return 1
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	return awaitReady(*dir, exited)
}

func awaitReady(dir string, exited <-chan error) int {
	deadline := time.After(4 * time.Minute)
	for {
		if _, err := os.Stat(filepath.Join(dir, "ready")); err == nil {
			fmt.Println(filepath.Join(dir, "kubeconfig"))
			return 0
		}
		select {
		case err := <-exited:
			fmt.Fprintf(os.Stderr, "gantry-test-cluster: the control plane ended before it was ready (%v); see %s\n",
				err, filepath.Join(dir, "logs"))
			return 1
		case <-deadline:
			fmt.Fprintf(os.Stderr, "gantry-test-cluster: not ready within 4 minutes; see %s\n", filepath.Join(dir, "logs"))
			return 1
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// stopCommand stops the control plane DIR's pid file names, waits for it to end, removes DIR.
func stopCommand(args []string) int {
	flags, dir, _, err := dirFlags("stop", args)
	if err != nil {
		return 2
	}
	_ = flags
	if pid, ok := runningPid(*dir); ok {
		_ = syscall.Kill(pid, syscall.SIGTERM)
		if !awaitExit(pid, time.Minute) {
			_ = syscall.Kill(pid, syscall.SIGKILL)
			awaitExit(pid, 10*time.Second)
		}
	}
	if err := os.RemoveAll(*dir); err != nil && !errors.Is(err, os.ErrNotExist) {
		fmt.Fprintln(os.Stderr, "gantry-test-cluster:", err)
		return 1
	}
	return 0
}

// runningPid reads DIR/pid and says whether that process is alive.
func runningPid(dir string) (int, bool) {
	data, err := os.ReadFile(filepath.Join(dir, "pid"))
	if err != nil {
		return 0, false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || pid <= 0 {
		return 0, false
	}
	return pid, syscall.Kill(pid, 0) == nil
}

func awaitExit(pid int, limit time.Duration) bool {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if syscall.Kill(pid, 0) != nil {
			return true
		}
		time.Sleep(100 * time.Millisecond)
	}
	return false
}
