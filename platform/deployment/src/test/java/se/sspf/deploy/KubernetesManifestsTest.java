package se.sspf.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static se.sspf.deploy.Manifests.appContainer;
import static se.sspf.deploy.Manifests.databaseClusterOf;
import static se.sspf.deploy.Manifests.isEmpty;
import static se.sspf.deploy.Manifests.podLabels;
import static se.sspf.deploy.Manifests.selects;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.sspf.contracts.Topics;

/**
 * Renders every overlay under kubernetes/overlays offline ({@code kubectl kustomize}) and checks the
 * result as typed objects: hardened, probed, bounded containers; a NetworkPolicy for every workload
 * with only the gateway reachable from outside; a disruption budget and an autoscaler for each; every
 * topic of the code declared for Strimzi; no secret values anywhere.
 */
class KubernetesManifestsTest {

    private static final Path OVERLAYS = Path.of("kubernetes", "overlays");
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private static final Set<String> WORKLOADS =
            Set.of("consent-service", "case-service", "plan-service", "notification-service", "gateway");
    private static final String GATEWAY = "gateway";
    private static final String NAMESPACE_LABEL = "kubernetes.io/metadata.name";
    /** Namespaces whose pods may reach in: Prometheus everywhere, the CloudNativePG operator only the databases. */
    private static final String MONITORING = "monitoring";
    private static final String DATABASE_OPERATOR = "cnpg-system";
    private static final String INGRESS_CONTROLLER = "ingress-nginx";
    private static final String KAFKA_CLUSTER = "sspf-kafka";
    private static final Pattern SECRET_LOOKING = Pattern.compile("PASSWORD|SECRET|TOKEN|CREDENTIAL|_KEYS?$");

    static Stream<String> overlays() throws IOException {
        List<String> overlays;
        try (Stream<Path> directories = Files.list(OVERLAYS)) {
            overlays = directories.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertThat(overlays).as("overlays under %s", OVERLAYS.toAbsolutePath()).contains("production");
        return overlays.stream();
    }

    private static Manifests rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> Manifests.render(OVERLAYS.resolve(o)));
    }

    private static List<Deployment> deployments(Manifests manifests) {
        List<Deployment> deployments = manifests.all(Deployment.class);
        assertThat(deployments).extracting(d -> d.getMetadata().getName())
                .as("the workloads of overlay %s", manifests.overlay())
                .containsExactlyInAnyOrderElementsOf(WORKLOADS);
        for (Deployment deployment : deployments) {
            assertThat(deployment.getSpec().getTemplate().getSpec().getContainers())
                    .as("%s runs one application container", deployment.getMetadata().getName()).hasSize(1);
        }
        return deployments;
    }

    private static List<Container> allContainers(PodSpec pod) {
        List<Container> containers = new ArrayList<>(pod.getContainers());
        containers.addAll(pod.getInitContainers());
        return containers;
    }

    // ---------------------------------------------------------------- containers

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerIsProbedOnActuatorHealthGroups(String overlay) {
        for (Deployment deployment : deployments(rendered(overlay))) {
            String name = deployment.getMetadata().getName();
            Container container = appContainer(deployment);
            assertProbe(name + " liveness", container.getLivenessProbe(), "/actuator/health/liveness", container);
            assertProbe(name + " readiness", container.getReadinessProbe(), "/actuator/health/readiness", container);
            assertProbe(name + " startup", container.getStartupProbe(), "/actuator/health/liveness", container);
            Probe startup = container.getStartupProbe();
            int window = orDefault(startup.getInitialDelaySeconds(), 0)
                    + orDefault(startup.getPeriodSeconds(), 10) * orDefault(startup.getFailureThreshold(), 3);
            assertThat(window).as("%s: seconds the startup probe allows before the pod is restarted", name)
                    .isGreaterThanOrEqualTo(60);
        }
    }

    private static void assertProbe(String what, Probe probe, String path, Container container) {
        assertThat(probe).as("%s probe", what).isNotNull();
        assertThat(probe.getHttpGet()).as("%s probe is an HTTP GET", what).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as("%s probe path", what).isEqualTo(path);
        assertThat(containerPort(container, probe.getHttpGet().getPort()))
                .as("%s probe port %s is a port of the container", what, probe.getHttpGet().getPort()).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasCpuAndMemoryRequestsWithinItsLimits(String overlay) {
        Manifests manifests = rendered(overlay);
        for (Deployment deployment : deployments(manifests)) {
            for (Container container : allContainers(deployment.getSpec().getTemplate().getSpec())) {
                String name = deployment.getMetadata().getName() + "/" + container.getName();
                assertThat(container.getResources()).as("%s resources", name).isNotNull();
                Map<String, Quantity> requests = container.getResources().getRequests();
                Map<String, Quantity> limits = container.getResources().getLimits();
                assertThat(requests).as("%s requests", name).containsKeys("cpu", "memory");
                assertThat(limits).as("%s limits", name).containsKeys("cpu", "memory");
                for (String resource : List.of("cpu", "memory")) {
                    BigDecimal request = Quantity.getAmountInBytes(requests.get(resource));
                    BigDecimal limit = Quantity.getAmountInBytes(limits.get(resource));
                    assertThat(request).as("%s %s request (%s) within its limit (%s)", name, resource,
                            requests.get(resource), limits.get(resource)).isPositive().isLessThanOrEqualTo(limit);
                }
                // A JVM sizes its heap from the memory limit only when told to; else it may be killed for memory.
                assertThat(manifests.environment(container).get("JAVA_TOOL_OPTIONS"))
                        .as("%s: JAVA_TOOL_OPTIONS sizes the heap from the container's memory limit", name)
                        .contains("-XX:MaxRAMPercentage=");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerRunsAsNonRootOnAReadOnlyRootFileSystem(String overlay) {
        for (Deployment deployment : deployments(rendered(overlay))) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            var podContext = pod.getSecurityContext();
            assertThat(pod.getAutomountServiceAccountToken())
                    .as("%s mounts no Kubernetes API token", deployment.getMetadata().getName()).isFalse();
            for (Container container : allContainers(pod)) {
                String name = deployment.getMetadata().getName() + "/" + container.getName();
                var context = container.getSecurityContext();
                assertThat(context).as("%s securityContext", name).isNotNull();
                Boolean nonRoot = context.getRunAsNonRoot() != null ? context.getRunAsNonRoot()
                        : podContext == null ? null : podContext.getRunAsNonRoot();
                assertThat(nonRoot).as("%s runAsNonRoot (container or pod)", name).isTrue();
                Long user = context.getRunAsUser() != null ? context.getRunAsUser()
                        : podContext == null ? null : podContext.getRunAsUser();
                assertThat(user).as("%s runAsUser", name).isNotNull().isNotZero();
                assertThat(context.getReadOnlyRootFilesystem()).as("%s readOnlyRootFilesystem", name).isTrue();
                assertThat(context.getAllowPrivilegeEscalation()).as("%s allowPrivilegeEscalation", name).isFalse();
                assertThat(context.getPrivileged()).as("%s privileged", name).isNotEqualTo(Boolean.TRUE);
                assertThat(context.getCapabilities()).as("%s capabilities", name).isNotNull();
                assertThat(context.getCapabilities().getDrop()).as("%s drops all capabilities", name).contains("ALL");
                assertThat(context.getCapabilities().getAdd()).as("%s adds no capability", name).isEmpty();
                String seccomp = context.getSeccompProfile() != null ? context.getSeccompProfile().getType()
                        : podContext == null || podContext.getSeccompProfile() == null ? null
                        : podContext.getSeccompProfile().getType();
                assertThat(seccomp).as("%s seccomp profile", name).isIn("RuntimeDefault", "Localhost");
                // The root file system is read-only, so the JVM and the web server need a writable /tmp.
                String tmpVolume = container.getVolumeMounts().stream()
                        .filter(m -> "/tmp".equals(m.getMountPath()) && !Boolean.TRUE.equals(m.getReadOnly()))
                        .map(m -> m.getName()).findFirst().orElse(null);
                assertThat(tmpVolume).as("%s mounts a writable /tmp", name).isNotNull();
                Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst()
                        .orElseThrow();
                assertThat(volume.getEmptyDir()).as("%s: /tmp is an emptyDir", name).isNotNull();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyImageIsPinnedToATag(String overlay) {
        for (Deployment deployment : deployments(rendered(overlay))) {
            for (Container container : allContainers(deployment.getSpec().getTemplate().getSpec())) {
                String image = container.getImage();
                String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
                assertThat(afterRegistry).as("%s image %s names a tag or digest", deployment.getMetadata().getName(),
                        image)
                        .containsAnyOf(":", "@");
                assertThat(image).as("image of %s", deployment.getMetadata().getName()).doesNotEndWith(":latest");
            }
        }
    }

    // ---------------------------------------------------------------- configuration

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceListensOn8080AndItsServiceReachesIt(String overlay) {
        Manifests manifests = rendered(overlay);
        List<Deployment> deployments = deployments(manifests);
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            Container container = appContainer(deployment);
            assertThat(manifests.environment(container)).as("%s environment", name).containsEntry("SSPF_PORT", "8080");
            assertThat(container.getPorts()).as("%s ports", name).anyMatch(p -> p.getContainerPort() == 8080);
        }
        assertThat(manifests.all(Service.class)).extracting(s -> s.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(WORKLOADS);
        for (Service service : manifests.all(Service.class)) {
            String name = service.getMetadata().getName();
            Deployment target = deployments.stream()
                    .filter(d -> isSubset(service.getSpec().getSelector(), podLabels(d)))
                    .findFirst().orElseThrow(() -> new AssertionError("Service " + name
                    + " selects no Deployment's pods"));
            for (var port : service.getSpec().getPorts()) {
                assertThat(containerPort(appContainer(target), port.getTargetPort()))
                        .as("Service %s targetPort %s is a port of %s", name, port.getTargetPort(),
                        target.getMetadata().getName())
                        .isEqualTo(8080);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceGetsItsConfigurationFromTheOverlayNotFromDefaults(String overlay) {
        Manifests manifests = rendered(overlay);
        for (Deployment deployment : deployments(manifests)) {
            String name = deployment.getMetadata().getName();
            Container container = appContainer(deployment);
            for (var source : container.getEnvFrom()) {
                if (source.getConfigMapRef() != null) {
                    assertThat(manifests.configMap(source.getConfigMapRef().getName()))
                            .as("%s: envFrom ConfigMap %s is rendered", name, source.getConfigMapRef().getName())
                            .isPresent();
                }
            }
            Map<String, String> environment = manifests.environment(container);
            assertThat(environment).as("%s environment", name)
                    .containsKeys("SSPF_OIDC_ISSUER", "SSPF_OIDC_JWK_SET_URI");
            if (name.equals(GATEWAY)) {
                assertThat(environment).as("gateway routes")
                        .containsEntry("SSPF_CONSENT_SERVICE_URL", "http://consent-service")
                        .containsEntry("SSPF_CASE_SERVICE_URL", "http://case-service")
                        .containsEntry("SSPF_PLAN_SERVICE_URL", "http://plan-service")
                        .containsEntry("SSPF_NOTIFICATION_SERVICE_URL", "http://notification-service");
            } else {
                assertThat(environment).as("%s environment", name)
                        .containsKeys("SSPF_DB_URL", "SSPF_KAFKA_BOOTSTRAP_SERVERS")
                        .containsEntry("SSPF_DB_USER", "secret:" + name + "-db-app/username")
                        .containsEntry("SSPF_DB_PASSWORD", "secret:" + name + "-db-app/password");
            }
            // The base's placeholders (.invalid) must each be replaced by the overlay.
            environment.forEach((key, value) -> assertThat(value)
                    .as("%s %s is set by the overlay %s", name, key, overlay).doesNotContain(".invalid"));
        }
        Map<String, String> caseService = environmentOf(manifests, "case-service");
        // The key and its id change together in a rotation, so both come from the one Secret.
        assertThat(caseService).as("case-service identity key")
                .containsEntry("SSPF_CASE_IDENTITY_KEY", "secret:case-service-identity-key/identity-key")
                .containsEntry("SSPF_CASE_IDENTITY_KEY_ID", "secret:case-service-identity-key/identity-key-id");
    }

    // ---------------------------------------------------------------- secrets

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noSecretValueIsInTheRepository(String overlay) throws IOException {
        Manifests manifests = rendered(overlay);
        for (Secret secret : manifests.all(Secret.class)) {
            assertThat(secret.getData()).as("Secret %s data", secret.getMetadata().getName()).isNullOrEmpty();
            assertThat(secret.getStringData()).as("Secret %s stringData", secret.getMetadata().getName())
                    .isNullOrEmpty();
        }
        for (ConfigMap configMap : manifests.all(ConfigMap.class)) {
            assertThat(configMap.getData().keySet()).as("keys of ConfigMap %s", configMap.getMetadata().getName())
                    .noneMatch(key -> SECRET_LOOKING.matcher(key).find());
        }
        String readme = Files.readString(Path.of("README.md"));
        List<SecretKeySelector> references = new ArrayList<>();
        for (Deployment deployment : deployments(manifests)) {
            for (Container container : allContainers(deployment.getSpec().getTemplate().getSpec())) {
                for (EnvVar variable : container.getEnv()) {
                    String name = deployment.getMetadata().getName() + " " + variable.getName();
                    if (SECRET_LOOKING.matcher(variable.getName()).find()) {
                        assertThat(variable.getValue()).as("%s is not written out", name).isNull();
                        assertThat(variable.getValueFrom()).as("%s comes from a Secret", name).isNotNull();
                        assertThat(variable.getValueFrom().getSecretKeyRef()).as("%s comes from a Secret", name)
                                .isNotNull();
                    }
                    if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                        SecretKeySelector ref = variable.getValueFrom().getSecretKeyRef();
                        assertThat(ref.getName()).as("%s names its Secret", name).isNotBlank();
                        assertThat(ref.getKey()).as("%s names its key", name).isNotBlank();
                        references.add(ref);
                    }
                }
            }
        }
        assertThat(references).as("secret references").isNotEmpty();
        // Whoever runs the cluster must know what to create: each Secret and key is in the README.
        for (SecretKeySelector ref : references) {
            assertThat(readme.lines())
                    .as("README.md names Secret %s with its key %s on one line", ref.getName(), ref.getKey())
                    .anyMatch(line -> line.contains("`" + ref.getName() + "`")
                    && line.contains("`" + ref.getKey() + "`"));
        }
    }

    // ---------------------------------------------------------------- network

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theNamespaceDeniesEverythingThatIsNotAllowed(String overlay) {
        List<NetworkPolicy> defaultDeny = rendered(overlay).all(NetworkPolicy.class).stream()
                .filter(p -> isEmpty(p.getSpec().getPodSelector())).toList();
        assertThat(defaultDeny).as("a NetworkPolicy selecting every pod of the namespace").hasSize(1);
        NetworkPolicy deny = defaultDeny.get(0);
        assertThat(deny.getSpec().getPolicyTypes()).as("default-deny policy types").contains("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).as("default-deny admits nothing in").isEmpty();
        assertThat(deny.getSpec().getEgress()).as("default-deny lets nothing out").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyWorkloadHasANetworkPolicyOfItsOwnWithDns(String overlay) {
        Manifests manifests = rendered(overlay);
        for (Deployment deployment : deployments(manifests)) {
            String name = deployment.getMetadata().getName();
            List<NetworkPolicy> own = policiesSelecting(manifests, deployment).stream()
                    .filter(p -> !isEmpty(p.getSpec().getPodSelector())).toList();
            assertThat(own).as("NetworkPolicies selecting %s (other than the default-deny)", name).isNotEmpty();
            assertThat(own).as("%s: a policy of its own governs both directions", name)
                    .anyMatch(p -> p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")));
            assertThat(egressRules(manifests, deployment)).as("%s may resolve names (port 53)", name)
                    .anyMatch(rule -> rule.getPorts().stream().anyMatch(p -> portIs(p, 53)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void onlyTheGatewayIsReachableFromOutsideTheNamespace(String overlay) {
        Manifests manifests = rendered(overlay);
        List<Deployment> deployments = deployments(manifests);
        for (Service service : manifests.all(Service.class)) {
            assertThat(service.getSpec().getType()).as("type of Service %s", service.getMetadata().getName())
                    .isIn(null, "ClusterIP");
        }
        List<Ingress> ingresses = manifests.all(Ingress.class);
        assertThat(ingresses).as("Ingresses").isNotEmpty();
        for (Ingress ingress : ingresses) {
            List<IngressBackend> backends = new ArrayList<>();
            if (ingress.getSpec().getDefaultBackend() != null) {
                backends.add(ingress.getSpec().getDefaultBackend());
            }
            for (IngressRule rule : ingress.getSpec().getRules()) {
                rule.getHttp().getPaths().stream().map(HTTPIngressPath::getBackend).forEach(backends::add);
            }
            assertThat(backends).as("backends of Ingress %s", ingress.getMetadata().getName()).isNotEmpty()
                    .allSatisfy(b -> assertThat(b.getService()).as("backend service").isNotNull()
                            .extracting(s -> s.getName()).isEqualTo(GATEWAY));
            assertThat(ingress.getSpec().getTls()).as("TLS of Ingress %s", ingress.getMetadata().getName()).isNotEmpty()
                    .allSatisfy(tls -> assertThat(tls.getSecretName()).isNotBlank());
        }

        boolean gatewayAdmitsTheIngressController = false;
        for (NetworkPolicy policy : manifests.all(NetworkPolicy.class)) {
            String namespace = policy.getMetadata().getNamespace();
            List<String> selected = deployments.stream()
                    .filter(d -> selects(policy.getSpec().getPodSelector(), podLabels(d)))
                    .map(d -> d.getMetadata().getName()).sorted().toList();
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                for (String source : sourcesOutside(rule, namespace)) {
                    String what = "NetworkPolicy " + policy.getMetadata().getName() + " admits " + source
                            + " (it selects " + selected + ")";
                    if (source.equals(MONITORING)) {
                        continue;
                    }
                    if (source.equals(DATABASE_OPERATOR)) {
                        assertThat(selected).as(what + ": the database operator reaches the databases only").isEmpty();
                        continue;
                    }
                    assertThat(selected).as(what + ": only the gateway may be reached from outside")
                            .containsExactly(GATEWAY);
                    assertThat(source).as(what + ": the gateway is reached through the ingress controller")
                            .isEqualTo(INGRESS_CONTROLLER);
                    gatewayAdmitsTheIngressController = true;
                }
            }
        }
        assertThat(gatewayAdmitsTheIngressController)
                .as("a NetworkPolicy lets the ingress controller reach the gateway").isTrue();
    }

    /** The peers of an ingress rule outside the policy's own namespace, by namespace name (or what else they are). */
    private static List<String> sourcesOutside(NetworkPolicyIngressRule rule, String ownNamespace) {
        if (rule.getFrom() == null || rule.getFrom().isEmpty()) {
            return List.of("every source");
        }
        List<String> outside = new ArrayList<>();
        for (NetworkPolicyPeer peer : rule.getFrom()) {
            if (peer.getIpBlock() != null) {
                outside.add("ipBlock " + peer.getIpBlock().getCidr());
            } else if (peer.getNamespaceSelector() != null) {
                String namespace = peer.getNamespaceSelector().getMatchLabels() == null ? null
                        : peer.getNamespaceSelector().getMatchLabels().get(NAMESPACE_LABEL);
                if (namespace == null) {
                    outside.add("namespaces " + peer.getNamespaceSelector());
                } else if (!namespace.equals(ownNamespace)) {
                    outside.add(namespace);
                }
            }
        }
        return outside;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceReachesItsOwnDatabaseAndNoOther(String overlay) {
        Manifests manifests = rendered(overlay);
        List<Deployment> deployments = deployments(manifests);
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            String jdbcUrl = manifests.environment(appContainer(deployment)).get("SSPF_DB_URL");
            List<String> reachable = new ArrayList<>();
            for (NetworkPolicyEgressRule rule : egressRules(manifests, deployment)) {
                boolean postgres = rule.getPorts().stream().anyMatch(p -> portIs(p, 5432));
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    String cluster = peer.getPodSelector() == null || peer.getPodSelector().getMatchLabels() == null
                            ? null
                            : peer.getPodSelector().getMatchLabels().get("cnpg.io/cluster");
                    if (cluster != null) {
                        reachable.add(cluster);
                    } else if (postgres) {
                        fail("%s may reach port 5432 of something other than a database cluster: %s", name, peer);
                    }
                }
            }
            if (jdbcUrl == null) {
                assertThat(reachable).as("%s has no database and reaches none", name).isEmpty();
                continue;
            }
            String own = databaseClusterOf(jdbcUrl);
            assertThat(own).as("%s's database cluster", name).isEqualTo(name + "-db");
            assertThat(reachable).as("database clusters %s may reach", name).isNotEmpty().containsOnly(own);
            // And the database's side: no other workload is admitted.
            List<NetworkPolicy> databasePolicies = manifests.all(NetworkPolicy.class).stream()
                    .filter(p -> selects(p.getSpec().getPodSelector(), Map.of("cnpg.io/cluster", own)))
                    .filter(p -> !isEmpty(p.getSpec().getPodSelector())).toList();
            assertThat(databasePolicies).as("NetworkPolicies of the database %s", own).isNotEmpty();
            List<String> admittedWorkloads = new ArrayList<>();
            for (NetworkPolicy policy : databasePolicies) {
                for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null) {
                            deployments.stream().filter(d -> selects(peer.getPodSelector(), podLabels(d)))
                                    .map(d -> d.getMetadata().getName()).forEach(admittedWorkloads::add);
                        }
                    }
                }
            }
            assertThat(admittedWorkloads).as("workloads the database %s admits", own).containsOnly(name).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceReachesKafkaAndTheGatewayReachesEveryService(String overlay) {
        Manifests manifests = rendered(overlay);
        List<Deployment> deployments = deployments(manifests);
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            boolean usesKafka = manifests.environment(appContainer(deployment))
                    .containsKey("SSPF_KAFKA_BOOTSTRAP_SERVERS");
            boolean reachesKafka = egressRules(manifests, deployment).stream().anyMatch(rule -> rule.getTo().stream()
                    .anyMatch(peer -> peer.getPodSelector() != null && peer.getPodSelector().getMatchLabels() != null
                            && KAFKA_CLUSTER.equals(peer.getPodSelector().getMatchLabels().get("strimzi.io/cluster"))));
            assertThat(reachesKafka).as("%s may reach the Kafka cluster exactly when it is configured for Kafka", name)
                    .isEqualTo(usesKafka);
        }
        Deployment gateway = deployments.stream().filter(d -> d.getMetadata().getName().equals(GATEWAY)).findFirst()
                .orElseThrow();
        for (Deployment service : deployments) {
            if (service == gateway) {
                continue;
            }
            boolean out = egressRules(manifests, gateway).stream().anyMatch(rule -> rule.getTo().stream()
                    .anyMatch(peer -> peer.getNamespaceSelector() == null
                    && selects(peer.getPodSelector(), podLabels(service))));
            boolean in = policiesSelecting(manifests, service).stream().flatMap(p -> p.getSpec().getIngress().stream())
                    .anyMatch(rule -> rule.getFrom().stream()
                            .anyMatch(peer -> peer.getNamespaceSelector() == null
                            && selects(peer.getPodSelector(), podLabels(gateway))));
            assertThat(out && in).as("the gateway may reach %s (its egress and %s's ingress)",
                    service.getMetadata().getName(), service.getMetadata().getName()).isTrue();
        }
    }

    // ---------------------------------------------------------------- availability

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyWorkloadHasADisruptionBudgetAndAnAutoscalerThatCanHonourIt(String overlay) {
        Manifests manifests = rendered(overlay);
        int partitions = manifests.kafkaTopics().stream()
                .filter(t -> !topicName(t).endsWith(".DLT"))
                .mapToInt(t -> ((Number) spec(t).get("partitions")).intValue()).min().orElseThrow();
        for (Deployment deployment : deployments(manifests)) {
            String name = deployment.getMetadata().getName();
            assertThat(deployment.getSpec().getReplicas())
                    .as("%s leaves its replica count to the HorizontalPodAutoscaler", name).isNull();

            List<HorizontalPodAutoscaler> autoscalers = manifests.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                            && name.equals(h.getSpec().getScaleTargetRef().getName())).toList();
            assertThat(autoscalers).as("HorizontalPodAutoscalers of %s", name).hasSize(1);
            HorizontalPodAutoscaler autoscaler = autoscalers.get(0);
            int min = orDefault(autoscaler.getSpec().getMinReplicas(), 1);
            int max = autoscaler.getSpec().getMaxReplicas();
            assertThat(min).as("%s minReplicas", name).isGreaterThanOrEqualTo(2);
            assertThat(max).as("%s maxReplicas", name).isGreaterThanOrEqualTo(min);
            assertThat(autoscaler.getSpec().getMetrics()).as("%s scales on CPU", name)
                    .anyMatch(m -> m.getResource() != null && "cpu".equals(m.getResource().getName()));
            if (manifests.environment(appContainer(deployment)).containsKey("SSPF_KAFKA_BOOTSTRAP_SERVERS")) {
                assertThat(max).as("%s maxReplicas: consumers beyond the %d partitions would sit idle", name,
                        partitions)
                        .isLessThanOrEqualTo(partitions);
            }

            List<PodDisruptionBudget> budgets = manifests.all(PodDisruptionBudget.class).stream()
                    .filter(b -> selects(b.getSpec().getSelector(), podLabels(deployment))).toList();
            assertThat(budgets).as("PodDisruptionBudgets of %s", name).hasSize(1);
            IntOrString minAvailable = budgets.get(0).getSpec().getMinAvailable();
            assertThat(minAvailable).as("%s PodDisruptionBudget minAvailable", name).isNotNull();
            assertThat(minAvailable.getIntVal()).as("%s minAvailable as a number of pods", name).isNotNull();
            assertThat(minAvailable.getIntVal())
                    .as("%s minAvailable: at least one pod, and a drain can still evict one", name)
                    .isBetween(1, min - 1);
        }
    }

    // ---------------------------------------------------------------- Kafka

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyTopicTheCodeUsesIsDeclaredForStrimzi(String overlay) throws IllegalAccessException {
        Manifests manifests = rendered(overlay);
        // SSPF_KAFKA_TOPIC_PREFIX (empty unless a Kafka cluster is shared) goes before every topic name.
        String prefix = environmentOf(manifests, "consent-service").getOrDefault("SSPF_KAFKA_TOPIC_PREFIX", "");
        Map<String, GenericKubernetesResource> declared = new HashMap<>();
        for (GenericKubernetesResource topic : manifests.kafkaTopics()) {
            assertThat(declared.put(topicName(topic), topic)).as("topic %s declared once", topicName(topic)).isNull();
        }
        List<String> inCode = topicsOfTheCode();
        assertThat(inCode).as("constants of se.sspf.contracts.Topics").isNotEmpty();
        for (String topic : inCode) {
            assertThat(declared).as("KafkaTopic for %s%s", prefix, topic).containsKey(prefix + topic);
            boolean compacted = "compact".equals(config(declared.get(prefix + topic)).get("cleanup.policy"));
            if (topic.equals(Topics.CONSENT_STATE)) {
                assertThat(compacted).as("%s is compacted: the latest state of each youth is kept for ever", topic)
                        .isTrue();
            } else {
                assertThat(compacted).as("%s is an event topic, not compacted", topic).isFalse();
                assertThat(config(declared.get(prefix + topic))).as("%s retention", topic).containsKey("retention.ms");
                // TopicNames.deadLetterOf: where a consumer parks what it cannot handle.
                assertThat(declared).as("dead-letter topic of %s", topic).containsKey(prefix + topic + ".DLT");
            }
        }
        assertThat(declared.keySet()).as("declared topics the code does not know")
                .allMatch(t -> inCode.stream().anyMatch(c -> t.equals(prefix + c) || t.equals(prefix + c + ".DLT")));

        for (GenericKubernetesResource topic : declared.values()) {
            String name = topicName(topic);
            assertThat(topic.getApiVersion()).as("%s apiVersion", name).isEqualTo("kafka.strimzi.io/v1beta2");
            assertThat(topic.getMetadata().getLabels()).as("%s labels", name)
                    .containsEntry("strimzi.io/cluster", KAFKA_CLUSTER);
            assertThat(spec(topic).get("replicas")).as("%s replicas", name).isEqualTo(3);
            assertThat(String.valueOf(config(topic).get("min.insync.replicas"))).as("%s min.insync.replicas", name)
                    .isEqualTo("2");
            assertThat(((Number) spec(topic).get("partitions")).intValue()).as("%s partitions", name).isPositive();
        }
        // consent-service creates its topics where they are missing; its counts must agree with the declaration.
        Map<String, String> consent = environmentOf(manifests, "consent-service");
        assertThat(consent.get("SSPF_CONSENT_STATE_PARTITIONS")).as("consent-service SSPF_CONSENT_STATE_PARTITIONS")
                .isEqualTo(String.valueOf(spec(declared.get(prefix + Topics.CONSENT_STATE)).get("partitions")));
    }

    /**
     * Each service on Kafka is a KafkaUser of its own name, known to the brokers by its certificate, with ACLs of the
     * simple authorizer that name single topics and its own consumer groups only. That they are exactly what the
     * service reads and writes is checked by a test of each service (KafkaUserCheck in test-support), against the
     * base's kafka-users.yaml; here, that the overlays render those users where their Secrets reach the pods.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceOnKafkaIsAKafkaUserOfItsOwnWithNarrowAcls(String overlay) {
        Manifests manifests = rendered(overlay);
        String prefix = Objects.requireNonNullElse(environmentOf(manifests, "consent-service")
                .get("SSPF_KAFKA_TOPIC_PREFIX"), "");
        Set<String> declaredTopics = new java.util.HashSet<>();
        manifests.kafkaTopics().forEach(topic -> declaredTopics.add(topicName(topic)));
        Map<String, GenericKubernetesResource> users = new HashMap<>();
        for (GenericKubernetesResource user : manifests.kafkaUsers()) {
            assertThat(users.put(user.getMetadata().getName(), user)).as("KafkaUser %s declared once",
                    user.getMetadata().getName()).isNull();
        }
        List<Deployment> onKafka = deployments(manifests).stream().filter(d -> manifests.environment(appContainer(d))
                .containsKey("SSPF_KAFKA_BOOTSTRAP_SERVERS")).toList();
        assertThat(users.keySet()).as("KafkaUsers: one per Deployment on Kafka, of its name")
                .containsExactlyInAnyOrderElementsOf(onKafka.stream().map(d -> d.getMetadata().getName()).toList())
                .doesNotContain(GATEWAY);
        for (Deployment deployment : onKafka) {
            String name = deployment.getMetadata().getName();
            GenericKubernetesResource user = users.get(name);
            assertThat(user.getApiVersion()).as("%s apiVersion", name).isEqualTo("kafka.strimzi.io/v1beta2");
            assertThat(user.getMetadata().getLabels()).as("%s labels", name)
                    .containsEntry("strimzi.io/cluster", KAFKA_CLUSTER);
            // The User Operator writes the user's Secret beside the KafkaUser: it must be where the pods can mount it.
            assertThat(user.getMetadata().getNamespace()).as("KafkaUser %s namespace", name)
                    .isEqualTo(deployment.getMetadata().getNamespace()).isNotBlank();
            Map<String, Object> spec = spec(user);
            assertThat(nested(spec, "authentication").get("type")).as("%s authentication", name).isEqualTo("tls");
            Map<String, Object> authorization = nested(spec, "authorization");
            assertThat(authorization.get("type")).as("%s authorization", name).isEqualTo("simple");
            List<?> acls = (List<?>) authorization.get("acls");
            assertThat(acls).as("%s ACLs", name).isNotEmpty();
            for (Object element : acls) {
                @SuppressWarnings("unchecked")
                Map<String, Object> acl = (Map<String, Object>) element;
                Map<String, Object> resource = nested(acl, "resource");
                String what = name + " ACL on " + resource;
                assertThat(resource.get("patternType")).as("%s: one resource by its whole name", what)
                        .isEqualTo("literal");
                assertThat(acl.get("host")).as("%s host", what).isEqualTo("*");
                switch (String.valueOf(resource.get("type"))) {
                    case "topic" -> {
                        assertThat(declaredTopics).as("%s: a declared KafkaTopic", what)
                                .contains(prefix + resource.get("name"));
                        assertThat((List<?>) acl.get("operations")).as("%s operations", what).isNotEmpty()
                                .allMatch(operation -> List.of("Read", "Write", "Describe").contains(operation));
                    }
                    case "group" -> {
                        assertThat(String.valueOf(resource.get("name"))).as("%s: a consumer group of its own", what)
                                .matches(Pattern.quote(name) + "(-[a-z-]+)?");
                        assertThat(acl.get("operations")).as("%s operations", what).isEqualTo(List.of("Read"));
                    }
                    default -> fail(what + ": only topics and the service's own groups");
                }
            }
        }
    }

    /**
     * Each service reaches the brokers on their TLS listener and shows its KafkaUser's certificate (mutual TLS): the
     * files the environment names are in the Secrets Strimzi writes, the user's and the cluster CA's, and only 9093
     * is open to the brokers.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceOnKafkaConnectsWithItsOwnCertificateOverTls(String overlay) {
        Manifests manifests = rendered(overlay);
        for (Deployment deployment : deployments(manifests)) {
            String name = deployment.getMetadata().getName();
            Container container = appContainer(deployment);
            Map<String, String> environment = manifests.environment(container);
            if (!environment.containsKey("SSPF_KAFKA_BOOTSTRAP_SERVERS")) {
                continue;
            }
            assertThat(environment.get("SSPF_KAFKA_BOOTSTRAP_SERVERS")).as("%s bootstrap", name).endsWith(":9093");
            assertThat(environment).as("%s environment", name).containsEntry("SSPF_KAFKA_SECURITY_PROTOCOL", "SSL")
                    .containsEntry("SSPF_KAFKA_KEYSTORE_TYPE", "PKCS12")
                    .containsEntry("SSPF_KAFKA_TRUSTSTORE_TYPE", "PKCS12")
                    .containsEntry("SSPF_KAFKA_KEYSTORE_PASSWORD", "secret:" + name + "/user.password")
                    .containsEntry("SSPF_KAFKA_TRUSTSTORE_PASSWORD", "secret:sspf-kafka-cluster-ca-cert/ca.password");
            assertFileFromSecret(deployment, environment.get("SSPF_KAFKA_KEYSTORE_LOCATION"), name, "user.p12");
            assertFileFromSecret(deployment, environment.get("SSPF_KAFKA_TRUSTSTORE_LOCATION"),
                    "sspf-kafka-cluster-ca-cert", "ca.p12");
            List<NetworkPolicyPort> kafkaPorts = egressRules(manifests, deployment).stream()
                    .filter(rule -> rule.getTo().stream().anyMatch(peer -> peer.getPodSelector() != null
                            && peer.getPodSelector().getMatchLabels() != null
                            && KAFKA_CLUSTER.equals(peer.getPodSelector().getMatchLabels().get("strimzi.io/cluster"))))
                    .flatMap(rule -> rule.getPorts().stream()).toList();
            assertThat(kafkaPorts).as("%s: ports open to the brokers", name).isNotEmpty()
                    .allMatch(port -> portIs(port, 9093));
        }
    }

    /** The file lies in a read-only volume of the pod made from that Secret's key. */
    private static void assertFileFromSecret(Deployment deployment, String file, String secret, String key) {
        String name = deployment.getMetadata().getName();
        assertThat(file).as("%s: a file from Secret %s", name, secret).isNotBlank();
        Container container = appContainer(deployment);
        var mount = container.getVolumeMounts().stream()
                .filter(m -> file.startsWith(m.getMountPath() + "/")).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no volume is mounted where " + file + " is"));
        assertThat(mount.getReadOnly()).as("%s: %s mounted read-only", name, mount.getMountPath()).isTrue();
        Volume volume = deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertThat(volume.getSecret()).as("%s: volume %s is a Secret", name, volume.getName()).isNotNull();
        assertThat(volume.getSecret().getSecretName()).as("%s: volume %s", name, volume.getName()).isEqualTo(secret);
        String path = file.substring(mount.getMountPath().length() + 1);
        assertThat(volume.getSecret().getItems()).as("%s: %s holds %s from key %s", name, volume.getName(), path, key)
                .anyMatch(item -> item.getKey().equals(key) && item.getPath().equals(path));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> nested(Map<String, Object> object, String key) {
        Object value = object.get(key);
        assertThat(value).as("%s of %s", key, object).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<String> topicsOfTheCode() throws IllegalAccessException {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        return topics;
    }

    private static String topicName(GenericKubernetesResource topic) {
        Object name = spec(topic).get("topicName");
        return name != null ? name.toString() : topic.getMetadata().getName();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        Object spec = resource.getAdditionalProperties().get("spec");
        assertThat(spec).as("spec of %s %s", resource.getKind(), resource.getMetadata().getName())
                .isInstanceOf(Map.class);
        return (Map<String, Object>) spec;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> config(GenericKubernetesResource topic) {
        Object config = spec(topic).get("config");
        return config == null ? Map.of() : (Map<String, Object>) config;
    }

    // ---------------------------------------------------------------- helpers

    private static List<NetworkPolicy> policiesSelecting(Manifests manifests, Deployment deployment) {
        return manifests.all(NetworkPolicy.class).stream()
                .filter(p -> selects(p.getSpec().getPodSelector(), podLabels(deployment))).toList();
    }

    private static List<NetworkPolicyEgressRule> egressRules(Manifests manifests, Deployment deployment) {
        return policiesSelecting(manifests, deployment).stream().flatMap(p -> p.getSpec().getEgress().stream())
                .toList();
    }

    private static boolean portIs(NetworkPolicyPort port, int number) {
        return port.getPort() != null && Objects.equals(port.getPort().getIntVal(), number);
    }

    /** The container port a probe or Service names, by number or by name; null if the container has no such port. */
    private static Integer containerPort(Container container, IntOrString port) {
        if (port == null) {
            return null;
        }
        return container.getPorts().stream()
                .filter(p -> port.getIntVal() != null ? port.getIntVal().equals(p.getContainerPort())
                : port.getStrVal().equals(p.getName()))
                .map(p -> p.getContainerPort()).findFirst().orElse(null);
    }

    private static Map<String, String> environmentOf(Manifests manifests, String deployment) {
        return manifests.all(Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(deployment))
                .findFirst().map(d -> manifests.environment(appContainer(d)))
                .orElseThrow(() -> new AssertionError("no Deployment " + deployment));
    }

    private static boolean isSubset(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static int orDefault(Integer value, int otherwise) {
        return value == null ? otherwise : value;
    }
}
