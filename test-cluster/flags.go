package main

import (
	"fmt"
	"strconv"
)

// apiServerArgs: TLS, client certificates, RBAC, service-account tokens, default admission.
func (p *controlPlane) apiServerArgs() []string {
	pki := p.pki()
	return []string{
		"--etcd-servers=http://127.0.0.1:" + strconv.Itoa(p.ports.Etcd),
		"--bind-address=127.0.0.1",
		"--advertise-address=127.0.0.1",
		"--secure-port=" + strconv.Itoa(p.ports.APIServer),
		"--cert-dir=" + p.file("apiserver"),
		"--tls-cert-file=" + pki.path("apiserver.crt"),
		"--tls-private-key-file=" + pki.path("apiserver.key"),
		"--client-ca-file=" + pki.path("ca.crt"),
		"--authorization-mode=Node,RBAC",
		"--service-account-issuer=https://kubernetes.default.svc.cluster.local",
		"--service-account-key-file=" + pki.path("sa.pub"),
		"--service-account-signing-key-file=" + pki.path("sa.key"),
		"--service-cluster-ip-range=10.96.0.0/16",
		// The kubernetes Service would point at 127.0.0.1, which Endpoints may not hold.
		"--endpoint-reconciler-type=none",
		"--allow-privileged=true",
		"--profiling=false",
	}
}

// controllerManagerArgs: every default controller (Deployments, ReplicaSets, garbage collection,
// namespace finalization, service-account tokens), no leader election.
func (p *controlPlane) controllerManagerArgs() []string {
	pki := p.pki()
	return append(p.clientArgs(p.ports.ControllerManager),
		"--controllers=*",
		"--service-account-private-key-file="+pki.path("sa.key"),
		"--root-ca-file="+pki.path("ca.crt"),
		"--cluster-signing-cert-file="+pki.path("ca.crt"),
		"--cluster-signing-key-file="+pki.path("ca.key"),
		"--use-service-account-credentials=false",
		"--profiling=false",
	)
}

func (p *controlPlane) schedulerArgs() []string {
	return append(p.clientArgs(p.ports.Scheduler), "--profiling=false")
}

// clientArgs are the flags the controller manager and the scheduler share.
func (p *controlPlane) clientArgs(port int) []string {
	kubeconfig := p.kubeconfig()
	return []string{
		"--kubeconfig=" + kubeconfig,
		"--authentication-kubeconfig=" + kubeconfig,
		"--authorization-kubeconfig=" + kubeconfig,
		"--bind-address=127.0.0.1",
		"--secure-port=" + strconv.Itoa(port),
		"--leader-elect=false",
	}
}

// kwokArgs: kwok manages every node and plays the stages in DIR/kwok.yaml.
func (p *controlPlane) kwokArgs() []string {
	return []string{
		"--kubeconfig=" + p.kubeconfig(),
		"--config=" + p.file("kwok.yaml"),
		"--manage-all-nodes=true",
		"--node-ip=127.0.0.1",
		"--cidr=10.244.0.1/16",
		fmt.Sprintf("--node-lease-duration-seconds=%d", 40),
	}
}
