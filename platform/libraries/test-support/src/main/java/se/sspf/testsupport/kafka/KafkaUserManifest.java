package se.sspf.testsupport.kafka;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

/**
 * The Strimzi KafkaUsers the deployment declares (platform/deployment/kubernetes/base/kafka-users.yaml), read as
 * the file is: the overlays do not change them, which platform/deployment's KubernetesManifestsTest checks on the
 * rendered manifests.
 */
public final class KafkaUserManifest {

    static final Path FILE = Path.of("platform", "deployment", "kubernetes", "base", "kafka-users.yaml");

    private KafkaUserManifest() {
    }

    /** The repository's manifest, found from the module a test runs in (or any folder below the repository). */
    public static Path file() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(FILE))) {
                return dir.resolve(FILE);
            }
        }
        throw new AssertionError("no " + FILE + " above " + Path.of("").toAbsolutePath());
    }

    /** Every ACL of the KafkaUser named for the service, one operation each. */
    public static Set<KafkaAcl> aclsOf(Path manifest, String user) {
        List<Map<String, Object>> users = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(manifest)) {
            for (Object document : new Yaml().loadAll(in)) {
                if (document instanceof Map<?, ?> object && "KafkaUser".equals(object.get("kind"))
                        && user.equals(map(object.get("metadata")).get("name"))) {
                    users.add(map(object));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (users.size() != 1) {
            throw new AssertionError(manifest + " declares " + users.size() + " KafkaUsers named " + user);
        }
        Map<String, Object> authorization = map(map(users.get(0).get("spec")).get("authorization"));
        Set<KafkaAcl> acls = new HashSet<>();
        for (Object rule : (List<?>) authorization.getOrDefault("acls", List.of())) {
            Map<String, Object> resource = map(map(rule).get("resource"));
            String patternType = String.valueOf(resource.getOrDefault("patternType", "literal"));
            for (Object operation : (List<?>) map(rule).get("operations")) {
                acls.add(new KafkaAcl(String.valueOf(resource.get("type")), String.valueOf(resource.get("name")),
                        patternType, String.valueOf(operation)));
            }
        }
        return acls;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
