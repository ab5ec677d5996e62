package se.sspf.asyncapi;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The topics as they are deployed (the Strimzi KafkaTopic manifests): partitions, replicas and configuration by topic
 * name, so that what the AsyncAPI document says of them is what the cluster is given.
 */
final class TopicManifests {

    /** One topic's {@code spec}: its partitions, replicas and Kafka configuration ({@code cleanup.policy}, …). */
    record Topic(int partitions, int replicas, Map<String, Object> config) {
    }

    private final Map<String, Topic> topics = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    TopicManifests(Path manifests) throws IOException {
        try (Reader in = Files.newBufferedReader(manifests)) {
            for (Object document : new Yaml(new LoaderOptions()).loadAll(in)) {
                Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) document).get("spec");
                topics.put((String) spec.get("topicName"), new Topic((Integer) spec.get("partitions"),
                        (Integer) spec.get("replicas"), (Map<String, Object>) spec.get("config")));
            }
        }
    }

    Topic of(String topicName) {
        Topic topic = topics.get(topicName);
        if (topic == null) {
            throw new IllegalStateException(topicName + " has no KafkaTopic manifest");
        }
        return topic;
    }
}
