package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"

	"go.etcd.io/etcd/server/v3/embed"
)

// ports are the loopback ports of one control plane, kept in DIR/ports.json so that a restart
// (of the plane or of the API server alone) keeps the kubeconfig valid.
type ports struct {
	Etcd, EtcdPeer, APIServer, ControllerManager, Scheduler int
}

// controlPlane is one control plane's folder, ports and running parts.
type controlPlane struct {
	dir        string
	nodes      int
	ports      ports
	etcd       *embed.Etcd
	components map[string]*component
}

func (p *controlPlane) file(parts ...string) string {
	return filepath.Join(append([]string{p.dir}, parts...)...)
}

func (p *controlPlane) pki() pki { return pki{dir: p.file("pki")} }

func (p *controlPlane) kubeconfig() string { return p.file("kubeconfig") }

func (p *controlPlane) serverURL() string {
	return "https://127.0.0.1:" + strconv.Itoa(p.ports.APIServer)
}

// loadPorts reads the ports of an earlier start, or picks free ones and saves them.
func (p *controlPlane) loadPorts() error {
	path := p.file("ports.json")
	data, err := os.ReadFile(path)
	if err == nil {
		return json.Unmarshal(data, &p.ports)
	}
	if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	free, err := freePorts(5)
	if err != nil {
		return err
	}
	p.ports = ports{Etcd: free[0], EtcdPeer: free[1], APIServer: free[2], ControllerManager: free[3], Scheduler: free[4]}
	data, err = json.Marshal(p.ports)
	if err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o600)
}

// freePorts asks the kernel for n distinct free loopback ports, holding all until all are known.
func freePorts(n int) ([]int, error) {
	listeners := make([]net.Listener, 0, n)
	defer func() {
		for _, l := range listeners {
			l.Close()
		}
	}()
	result := make([]int, 0, n)
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("find a free loopback port: %w", err)
		}
		listeners = append(listeners, l)
		result = append(result, l.Addr().(*net.TCPAddr).Port)
	}
	return result, nil
}
