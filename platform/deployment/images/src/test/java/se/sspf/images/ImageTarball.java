package se.sspf.images;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An image as {@code docker save} (and Jib's buildTar) writes it: manifest.json names the config and the layers,
 * each layer a tar of files. Read once, as a container runtime would apply it, so that what the tests see is what
 * would run.
 */
final class ImageTarball {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> memberDigests;
    private final JsonNode manifest;
    private final JsonNode config;
    private final Map<String, TarArchiveEntry> files;
    private final Map<String, byte[]> kept;

    private ImageTarball(List<String> memberDigests, JsonNode manifest, JsonNode config,
            Map<String, TarArchiveEntry> files, Map<String, byte[]> kept) {
        this.memberDigests = memberDigests;
        this.manifest = manifest;
        this.config = config;
        this.files = files;
        this.kept = kept;
    }

    /** Opens the tarball, keeping the content of the image's files named in {@code keep}. */
    static ImageTarball open(Path tar, String... keep) {
        Map<String, byte[]> members = new LinkedHashMap<>();
        List<String> digests = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.isFile()) {
                    byte[] content = in.readAllBytes();
                    members.put(entry.getName(), content);
                    digests.add(entry.getName() + " " + sha256(content));
                }
            }
            JsonNode manifest = JSON.readTree(members.get("manifest.json")).get(0);
            JsonNode config = JSON.readTree(members.get(manifest.get("Config").asText()));
            Map<String, TarArchiveEntry> files = new HashMap<>();
            Map<String, byte[]> kept = new HashMap<>();
            for (JsonNode layer : manifest.get("Layers")) {
                apply(members.get(layer.asText()), files, kept, List.of(keep));
            }
            return new ImageTarball(digests, manifest, config, files, kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> repoTags() {
        List<String> tags = new ArrayList<>();
        manifest.get("RepoTags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }

    /** The container's configuration: User, Entrypoint, Env, ExposedPorts, Labels, WorkingDir. */
    JsonNode containerConfig() {
        return config.get("config");
    }

    /** The image's file system, the layers applied in order: each absolute path to its last entry. */
    Map<String, TarArchiveEntry> files() {
        return files;
    }

    /** The content of a file named when the tarball was opened. */
    Optional<byte[]> read(String path) {
        return Optional.ofNullable(kept.get(path));
    }

    /** The SHA-256 of every member of the tarball (config, layers), in order: equal for byte-identical images. */
    List<String> memberDigests() {
        return memberDigests;
    }

    private static void apply(byte[] layer, Map<String, TarArchiveEntry> files, Map<String, byte[]> kept,
            List<String> keep) throws IOException {
        try (TarArchiveInputStream in = new TarArchiveInputStream(gunzipIfNeeded(layer))) {
            for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                String path = absolute(entry.getName());
                files.put(path, entry);
                if (keep.contains(path) && entry.isFile()) {
                    kept.put(path, in.readAllBytes());
                }
            }
        }
    }

    private static InputStream gunzipIfNeeded(byte[] bytes) throws IOException {
        InputStream in = new ByteArrayInputStream(bytes);
        boolean gzipped = bytes.length > 1 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
        return gzipped ? new GZIPInputStream(in) : in;
    }

    /** Layer entries are named ./usr/bin/x, usr/bin/x or usr/bin/ (a folder): always /usr/bin/x. */
    private static String absolute(String name) {
        String path = name.startsWith("./") ? name.substring(1) : name.startsWith("/") ? name : "/" + name;
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
