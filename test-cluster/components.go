package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"k8s.io/component-base/cli"
	_ "k8s.io/component-base/logs/json/register"
	"k8s.io/component-base/version"
	apiserver "k8s.io/kubernetes/cmd/kube-apiserver/app"
	controllermanager "k8s.io/kubernetes/cmd/kube-controller-manager/app"
	scheduler "k8s.io/kubernetes/cmd/kube-scheduler/app"
	kwokconfig "sigs.k8s.io/kwok/pkg/config"
	kwok "sigs.k8s.io/kwok/pkg/kwok/cmd"
	kwoklog "sigs.k8s.io/kwok/pkg/log"
	"sigs.k8s.io/kwok/pkg/utils/signals"
)

// componentCommand is the hidden subcommand the supervisor runs each component process with.
const componentCommand = "component"

// runComponent runs one control-plane component, in this process, as its own binary would.
func runComponent(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "component: name missing")
		return 2
	}
	name, rest := args[0], args[1:]
	var command *cobra.Command
	switch name {
	case "kube-apiserver":
		command = apiserver.NewAPIServerCommand()
	case "kube-controller-manager":
		command = controllermanager.NewControllerManagerCommand()
	case "kube-scheduler":
		command = scheduler.NewSchedulerCommand()
	case "kwok":
		return runKwok(rest)
	default:
		fmt.Fprintf(os.Stderr, "component: unknown %q\n", name)
		return 2
	}
	command.SetArgs(rest)
	return cli.Run(command)
}

// runKwok starts kwok as its own main does; kwok reads its global flags from os.Args.
func runKwok(args []string) int {
	os.Args = append([]string{"kwok"}, args...)
	// component-base registers its own --version on pflag.CommandLine at init; kwok's cobra
	// command declares a bool --version and would find the other one first.
	pflag.CommandLine = pflag.NewFlagSet("kwok", pflag.ExitOnError)
	flags := pflag.NewFlagSet("global", pflag.ContinueOnError)
	flags.ParseErrorsAllowlist.UnknownFlags = true
	flags.Usage = func() {}
	ctx := signals.SetupSignalContext()
	ctx, logger := kwoklog.InitFlags(ctx, flags)
	ctx, err := kwokconfig.InitFlags(ctx, flags)
	if err != nil {
		logger.Error("kwok configuration", "err", err)
		return 1
	}
	command := kwok.NewCommand(ctx)
	command.PersistentFlags().AddFlagSet(flags)
	command.SetArgs(args)
	if err := command.ExecuteContext(context.WithoutCancel(ctx)); err != nil {
		logger.Error("kwok", "err", err)
		return 1
	}
	return 0
}

func kubernetesVersion() string {
	return version.Get().GitVersion
}
