package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"time"
)

// start brings the parts up in order, each waited for, and writes DIR/ready last.
func (p *controlPlane) start(ctx context.Context) error {
	if err := os.WriteFile(p.file("pid"), []byte(strconv.Itoa(os.Getpid())+"\n"), 0o600); err != nil {
		return err
	}
	_ = os.Remove(p.file("ready"))
	if err := p.loadPorts(); err != nil {
		return err
	}
	if err := p.pki().create(); err != nil {
		return fmt.Errorf("certificates: %w", err)
	}
	if err := p.writeKubeconfig(); err != nil {
		return fmt.Errorf("kubeconfig: %w", err)
	}
	if err := p.writeKwokStages(); err != nil {
		return err
	}
	etcd, err := startEtcd(p.dir, p.ports.Etcd, p.ports.EtcdPeer)
	if err != nil {
		return err
	}
	p.etcd = etcd
	if err := p.startAPIServer(ctx); err != nil {
		return err
	}
	for _, c := range []*component{
		{name: "kube-controller-manager", args: p.controllerManagerArgs()},
		{name: "kube-scheduler", args: p.schedulerArgs()},
		{name: "kwok", args: p.kwokArgs()},
	} {
		if err := c.start(p.file("logs")); err != nil {
			return err
		}
		p.components[c.name] = c
	}
	if err := p.awaitWorkloads(ctx); err != nil {
		return err
	}
	_ = os.WriteFile(p.file("apiserver.state"), []byte("ready\n"), 0o600)
	return os.WriteFile(p.file("ready"), []byte(p.kubeconfig()+"\n"), 0o600)
}

func (p *controlPlane) startAPIServer(ctx context.Context) error {
	c := &component{name: "kube-apiserver", args: p.apiServerArgs()}
	if err := c.start(p.file("logs")); err != nil {
		return err
	}
	p.components[c.name] = c
	return p.awaitAPIServer(ctx, c, 90*time.Second)
}

// stop ends the components in the reverse order of their start, then etcd; DIR stays.
func (p *controlPlane) stop() {
	_ = os.Remove(p.file("ready"))
	for _, name := range []string{"kwok", "kube-scheduler", "kube-controller-manager", "kube-apiserver"} {
		if c, ok := p.components[name]; ok {
			c.stop(grace)
		}
	}
	if p.etcd != nil {
		p.etcd.Close()
	}
	_ = os.Remove(p.file("pid"))
}
