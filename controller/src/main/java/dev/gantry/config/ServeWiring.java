package dev.gantry.config;

import dev.gantry.audit.AuditLog;
import dev.gantry.deploy.ClusterApplier;
import dev.gantry.deploy.HealthAssessor;
import dev.gantry.deploy.ManagedObjectWatch;
import dev.gantry.deploy.fabric8.Fabric8Connection;
import dev.gantry.deploy.fabric8.LeaseLeadership;
import dev.gantry.deploy.fabric8.RequestRateLimit;
import dev.gantry.reconcile.AuditRecorder;
import dev.gantry.deploy.Leadership;
import dev.gantry.reconcile.ControllerLoop;
import dev.gantry.reconcile.EventsRecorder;
import dev.gantry.reconcile.OutcomeRecorder;
import dev.gantry.reconcile.MetricsRecorder;
import dev.gantry.reconcile.ProjectReconciler;
import dev.gantry.reconcile.StatusStore;
import dev.gantry.reconcile.SyncCoordinator;
import dev.gantry.reconcile.quartz.Schedules;
import dev.gantry.release.Registry;
import dev.gantry.release.RegistryCredentials;
import dev.gantry.signing.SignatureVerifier;
import dev.gantry.signing.jgit.JGitSignatureVerifier;
import dev.gantry.source.GitOpsRepository;
import dev.gantry.source.jgit.GitOpsMirror;
import dev.gantry.source.jgit.JGitGitOpsRepository;
import dev.gantry.web.StatusController;
import dev.gantry.web.WebhookController;
import dev.gantry.web.WebhookLimits;
import dev.gantry.web.WebhookProvider;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the controller: adapters to ports, the loop, its schedules and its endpoints. */
@Configuration(proxyBeanMethods = false)
class ServeWiring {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(ClusterApplier.class)
    Fabric8Connection clusterConnection(GantryProperties properties) {
        return Fabric8Connection.open(properties.kubeconfig(),
                new RequestRateLimit(properties.kube().qps(), properties.kube().burst()));
    }

    @Bean
    @ConditionalOnMissingBean(ClusterApplier.class)
    ClusterApplier clusterApplier(Fabric8Connection connection) {
        return connection.applier();
    }

    @Bean(destroyMethod = "close")
    GitOpsMirror gitOpsMirror(GantryProperties properties) {
        return GitOpsMirror.open(properties.cache().resolve("gitops"), GitCredentialsSettings.remote(properties));
    }

    @Bean
    GitOpsRepository gitOpsRepository(GitOpsMirror mirror) {
        return new JGitGitOpsRepository(mirror);
    }

    @Bean
    AuditLog auditLog(GitOpsMirror mirror) {
        return ControllerAssembly.auditLog(mirror);
    }

    @Bean
    StatusStore statusStore() {
        return new StatusStore();
    }

    @Bean
    ProjectReconciler projectReconciler(ClusterApplier cluster, GantryProperties properties) {
        Map<String, String> environment = System.getenv();
        RegistryCredentials.fromEnvironment(environment);
        Function<Registry, RegistryCredentials> credentials = registry -> RegistryCredentials.forRegistry(registry, environment);
        ProjectReconciler reconciler = ControllerAssembly.reconciler(cluster, new HealthAssessor()::assess, credentials,
                properties.healthPoll(),
                OnDemandBuilds.from(properties, credentials));
        return properties.manageNamespaces() ? reconciler : reconciler.leavingNamespacesAlone();
    }

    @Bean
    SignatureVerifier signatureVerifier(GantryProperties properties) {
        return new JGitSignatureVerifier(properties.cache().resolve("allowed-signers"));
    }

    @Bean(destroyMethod = "close")
    ControllerLoop controllerLoop(GitOpsRepository repository, ProjectReconciler reconciler, StatusStore statuses,
            AuditLog audit, MeterRegistry meters, ObjectProvider<Fabric8Connection> connection, GantryProperties properties,
            SignatureVerifier signatures, Leadership leadership) {
        List<OutcomeRecorder> recorders = new ArrayList<>(List.of(statuses, new MetricsRecorder(meters),
                new AuditRecorder(audit, BuildInfo.version())));
        connection.ifAvailable(cluster -> recorders.add(new EventsRecorder(cluster.events())));
        return new ControllerLoop(repository, reconciler, recorders, Registry.parse(properties.registry()), signatures,
                Clock.systemUTC(), new ControllerLoop.Work(properties.concurrency(), ControllerLoop.DEFAULT_BACKOFF,
                        leadership::leading, connection.stream().map(Fabric8Connection::watch).findFirst()
                                .orElse(ManagedObjectWatch.none()), !properties.manageNamespaces()));
    }

    @Bean
    MeterBinder workQueueMeters(ControllerLoop loop) {
        return meters -> {
            Gauge.builder("gantry.work.queued", loop, l -> l.depth().queued())
                    .description("Projects waiting for a worker").register(meters);
            Gauge.builder("gantry.work.running", loop, l -> l.depth().running())
                    .description("Projects being reconciled now").register(meters);
            Gauge.builder("gantry.work.health.pending", loop, l -> l.depth().rechecks())
                    .description("Applied releases whose health is assessed again later").register(meters);
            Gauge.builder("gantry.work.retries", loop, l -> l.depth().retries())
                    .description("Failed projects waiting for their retry").register(meters);
        };
    }

    @Bean
    Leadership leadership(GantryProperties properties, ObjectProvider<Fabric8Connection> connection,
            ObjectProvider<SyncCoordinator> coordinator) {
        GantryProperties.LeaderElection election = properties.leaderElection();
        if (!election.enabled()) {
            return Leadership.ALWAYS;
        }
        String identity = System.getenv().getOrDefault("HOSTNAME", "gantry") + "-" + UUID.randomUUID().toString().substring(0, 8);
        return connection.getObject().leadership(new LeaseLeadership.LeaseName(election.leaseNamespace(), election.leaseName()),
                identity, election.leaseDuration(), () -> coordinator.getObject().requestResync("became leader"));
    }

    @Bean(destroyMethod = "close")
    SyncCoordinator syncCoordinator(ControllerLoop loop, Leadership leadership) {
        return ControllerAssembly.coordinator(loop, leadership);
    }

    @Bean
    ApplicationRunner initialSync(SyncCoordinator coordinator) {
        return arguments -> coordinator.requestResync("start-up");
    }

    @Bean
    JobDetail pollJob() {
        return Schedules.pollJob();
    }

    @Bean
    Trigger pollTrigger(JobDetail pollJob, GantryProperties properties) {
        return Schedules.pollTrigger(pollJob, properties.poll());
    }

    @Bean
    JobDetail resyncJob() {
        return Schedules.resyncJob();
    }

    @Bean
    Trigger resyncTrigger(JobDetail resyncJob, GantryProperties properties) {
        return Schedules.resyncTrigger(resyncJob, properties.resync());
    }

    @Bean
    StatusController statusController(StatusStore statuses) {
        return new StatusController(statuses);
    }

    @Bean
    WebhookController webhookController(GantryProperties properties, SyncCoordinator coordinator) {
        Map<WebhookProvider, String> secrets = new EnumMap<>(WebhookProvider.class);
        GantryProperties.Webhooks webhooks = properties.webhooks();
        putIfSet(secrets, WebhookProvider.GITHUB, webhooks.github());
        putIfSet(secrets, WebhookProvider.GITLAB, webhooks.gitlab());
        putIfSet(secrets, WebhookProvider.GITEA, webhooks.gitea());
        putIfSet(secrets, WebhookProvider.GENERIC, webhooks.generic());
        return new WebhookController(new WebhookProvider.Secrets(secrets), properties.branch(), coordinator,
                new WebhookLimits(WebhookLimits.MAX_BODY, webhooks.readDeadline(), webhooks.concurrentReads()));
    }

    private static void putIfSet(Map<WebhookProvider, String> secrets, WebhookProvider provider, String secret) {
        if (secret != null && !secret.isBlank()) {
            secrets.put(provider, secret);
        }
    }
}
