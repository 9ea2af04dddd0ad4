package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

// component is one control-plane process: this program run with the component subcommand.
type component struct {
	name string
	args []string
	cmd  *exec.Cmd
	done chan struct{}
}

// start runs the component with its output in DIR/logs/NAME.log. It dies with the supervisor.
func (c *component) start(logDir string) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	log, err := os.OpenFile(filepath.Join(logDir, c.name+".log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	c.cmd = exec.Command(self, append([]string{componentCommand, c.name}, c.args...)...)
	c.cmd.Stdout, c.cmd.Stderr = log, log
	c.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := c.cmd.Start(); err != nil {
		log.Close()
		return fmt.Errorf("start %s: %w", c.name, err)
	}
	c.done = make(chan struct{})
	go func() {
		_ = c.cmd.Wait()
		log.Close()
		close(c.done)
	}()
	return nil
}

// exited says whether the process has ended.
func (c *component) exited() bool {
	if c.done == nil {
		return true
	}
	select {
	case <-c.done:
		return true
	default:
		return false
	}
}

// stop asks the process to end, and kills it if it has not within the grace period.
func (c *component) stop(grace time.Duration) {
	if c.exited() {
		return
	}
	_ = c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-c.done:
	case <-time.After(grace):
		_ = c.cmd.Process.Kill()
		<-c.done
	}
}
