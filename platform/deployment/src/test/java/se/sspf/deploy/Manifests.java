package se.sspf.deploy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * One overlay as {@code kubectl kustomize} renders it, parsed into fabric8's typed model; kinds the
 * model does not know (Strimzi's KafkaTopic and KafkaUser) come back as {@link GenericKubernetesResource}.
 */
record Manifests(String overlay, List<HasMetadata> objects) {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private static final ExternalTool KUBECTL = ExternalTool.of("KUBECTL", List.of("kubectl"),
            "this test renders the Kubernetes manifests with `kubectl kustomize` (kubectl 1.27 or newer, kustomize v5) "
                    + "and checks nothing without it: install kubectl");

    /** Renders the overlay directory with kubectl's built-in kustomize. */
    static Manifests render(Path overlayDirectory) {
        String stdout = KUBECTL.run(overlayDirectory, "kustomize", ".");
        Object parsed = SERIALIZATION.unmarshal(stdout);
        List<?> documents = parsed instanceof List<?> list ? list : List.of(parsed);
        List<HasMetadata> objects = documents.stream().filter(Objects::nonNull).map(HasMetadata.class::cast).toList();
        if (objects.isEmpty()) {
            throw new AssertionError("kubectl kustomize " + overlayDirectory + " rendered nothing");
        }
        return new Manifests(overlayDirectory.getFileName().toString(), objects);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> kafkaTopics() {
        return custom("kafka.strimzi.io", "KafkaTopic");
    }

    /** Objects of a kind the typed model does not know (an operator's custom resource), by API group and kind. */
    List<GenericKubernetesResource> custom(String apiGroup, String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> kind.equals(r.getKind()) && r.getApiVersion().startsWith(apiGroup + "/"))
                .toList();
    }

    List<GenericKubernetesResource> kafkaUsers() {
        return all(GenericKubernetesResource.class).stream()
                .filter(r -> "KafkaUser".equals(r.getKind()) && r.getApiVersion().startsWith("kafka.strimzi.io/"))
                .toList();
    }

    Optional<ConfigMap> configMap(String name) {
        return all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().equals(name)).findFirst();
    }

    /**
     * What a container sees as its environment: the ConfigMaps of envFrom, then env. A value taken from
     * a Secret is shown as {@code secret:<name>/<key>}, never resolved.
     */
    Map<String, String> environment(Container container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                configMap(source.getConfigMapRef().getName())
                        .map(ConfigMap::getData)
                        .ifPresent(data -> data.forEach((k, v) ->
                        environment.put(nullToEmpty(source.getPrefix()) + k, v)));
            }
        }
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValueFrom() == null) {
                environment.put(variable.getName(), nullToEmpty(variable.getValue()));
            } else if (variable.getValueFrom().getSecretKeyRef() != null) {
                var ref = variable.getValueFrom().getSecretKeyRef();
                environment.put(variable.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
            } else if (variable.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = variable.getValueFrom().getConfigMapKeyRef();
                environment.put(variable.getName(), configMap(ref.getName())
                        .map(c -> c.getData().get(ref.getKey())).orElse(null));
            }
        }
        return environment;
    }

    /** The one application container of a Deployment's pod (each has exactly one, checked by the test). */
    static Container appContainer(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    static Map<String, String> podLabels(Deployment deployment) {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    /**
     * The CloudNativePG cluster a JDBC URL names: {@code jdbc:postgresql://case-service-db-rw:5432/…} gives
     * case-service-db.
     */
    static String databaseClusterOf(String jdbcUrl) {
        String host = URI.create(jdbcUrl.substring("jdbc:".length())).getHost();
        String service = host.split("\\.")[0];
        if (!service.endsWith("-rw")) {
            throw new AssertionError("the database URL " + jdbcUrl
                    + " does not name a CloudNativePG read-write service (<cluster>-rw)");
        }
        return service.substring(0, service.length() - "-rw".length());
    }

    /** Kubernetes label selector semantics: matchLabels and matchExpressions must all hold. */
    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        Map<String, String> have = labels == null ? Map.of() : labels;
        if (selector.getMatchLabels() != null) {
            for (var required : selector.getMatchLabels().entrySet()) {
                if (!required.getValue().equals(have.get(required.getKey()))) {
                    return false;
                }
            }
        }
        for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
            String value = have.get(requirement.getKey());
            Collection<String> values = requirement.getValues();
            boolean holds = switch (requirement.getOperator()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown label selector operator " + requirement.getOperator());
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    static boolean isEmpty(LabelSelector selector) {
        return selector == null
                || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
