package main

import (
	"context"
	"fmt"
	"os"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"
	clientcmdapi "k8s.io/client-go/tools/clientcmd/api"
)

// writeKubeconfig writes DIR/kubeconfig: cluster-admin by a client certificate, data inline.
func (p *controlPlane) writeKubeconfig() error {
	pki := p.pki()
	read := func(name string) ([]byte, error) { return os.ReadFile(pki.path(name)) }
	ca, err := read("ca.crt")
	if err != nil {
		return err
	}
	cert, err := read("admin.crt")
	if err != nil {
		return err
	}
	key, err := read("admin.key")
	if err != nil {
		return err
	}
	config := clientcmdapi.NewConfig()
	config.Clusters["gantry-test"] = &clientcmdapi.Cluster{Server: p.serverURL(), CertificateAuthorityData: ca}
	config.AuthInfos["gantry-test-admin"] = &clientcmdapi.AuthInfo{ClientCertificateData: cert, ClientKeyData: key}
	config.Contexts["gantry-test"] = &clientcmdapi.Context{Cluster: "gantry-test", AuthInfo: "gantry-test-admin"}
	config.CurrentContext = "gantry-test"
	return clientcmd.WriteToFile(*config, p.kubeconfig())
}

func (p *controlPlane) client() (*kubernetes.Clientset, error) {
	config, err := clientcmd.BuildConfigFromFlags("", p.kubeconfig())
	if err != nil {
		return nil, err
	}
	config.Timeout = 5 * time.Second
	return kubernetes.NewForConfig(config)
}

// awaitAPIServer polls /readyz until it answers ok, the process ends, or the time is up.
func (p *controlPlane) awaitAPIServer(ctx context.Context, c *component, limit time.Duration) error {
	client, err := p.client()
	if err != nil {
		return err
	}
	return poll(ctx, limit, "kube-apiserver /readyz", func() (bool, error) {
		if c.exited() {
			return false, fmt.Errorf("kube-apiserver exited: see %s", p.file("logs", "kube-apiserver.log"))
		}
		body, err := client.Discovery().RESTClient().Get().AbsPath("/readyz").DoRaw(ctx)
		return err == nil && string(body) == "ok", nil
	})
}

// awaitWorkloads registers the fake nodes, then waits until they are Ready and the controller
// manager has made the default ServiceAccount, so a Deployment created next can roll out.
func (p *controlPlane) awaitWorkloads(ctx context.Context) error {
	client, err := p.client()
	if err != nil {
		return err
	}
	for i := range p.nodes {
		if err := createNode(ctx, client, fmt.Sprintf("kwok-node-%d", i)); err != nil {
			return err
		}
	}
	if err := poll(ctx, 90*time.Second, "fake nodes Ready", func() (bool, error) {
		return readyNodes(ctx, client) >= p.nodes, nil
	}); err != nil {
		return err
	}
	return poll(ctx, 90*time.Second, "default ServiceAccount", func() (bool, error) {
		_, err := client.CoreV1().ServiceAccounts("default").Get(ctx, "default", metav1.GetOptions{})
		return err == nil, nil
	})
}

// createNode registers a Node that kwok then keeps Ready, with room for many Pods.
func createNode(ctx context.Context, client *kubernetes.Clientset, name string) error {
	capacity := corev1.ResourceList{
		corev1.ResourceCPU:    resource.MustParse("64"),
		corev1.ResourceMemory: resource.MustParse("256Gi"),
		corev1.ResourcePods:   resource.MustParse("2000"),
	}
	node := &corev1.Node{
		ObjectMeta: metav1.ObjectMeta{
			Name:        name,
			Annotations: map[string]string{"kwok.x-k8s.io/node": "fake", "node.alpha.kubernetes.io/ttl": "0"},
			Labels: map[string]string{
				"kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
				"type": "kwok",
			},
		},
		Status: corev1.NodeStatus{
			Capacity:    capacity,
			Allocatable: capacity,
			NodeInfo:    corev1.NodeSystemInfo{KubeletVersion: kubernetesVersion(), OperatingSystem: "linux", Architecture: "amd64"},
		},
	}
	_, err := client.CoreV1().Nodes().Create(ctx, node, metav1.CreateOptions{})
	if apierrors.IsAlreadyExists(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("register node %s: %w", name, err)
	}
	return nil
}

func readyNodes(ctx context.Context, client *kubernetes.Clientset) int {
	nodes, err := client.CoreV1().Nodes().List(ctx, metav1.ListOptions{})
	if err != nil {
		return 0
	}
	ready := 0
	for _, node := range nodes.Items {
		for _, condition := range node.Status.Conditions {
			if condition.Type == corev1.NodeReady && condition.Status == corev1.ConditionTrue {
				ready++
			}
		}
	}
	return ready
}

// poll calls check every 200 ms until it says done, fails, or limit passes.
func poll(ctx context.Context, limit time.Duration, what string, check func() (bool, error)) error {
	deadline := time.Now().Add(limit)
	for {
		done, err := check()
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s: not within %s", what, limit)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}
