package dev.fidelio.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import dev.fidelio.testsupport.ExternalTool;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1PersistentVolume;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;

/**
 * The Kubernetes manifests as {@code kubectl kustomize} renders them, each object read by the Kubernetes project's
 * models, which refuse fields the API does not have, lack of required ones and values of the wrong type; then what
 * no schema can see: that the objects refer to each other rightly.
 */
class KubernetesManifestsTest {

    /** Each kind the base holds, the API version it must have, and its model. */
    private record Kind(String apiVersion, Class<? extends KubernetesObject> model) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "Namespace", new Kind("v1", V1Namespace.class),
            "ConfigMap", new Kind("v1", V1ConfigMap.class),
            "Secret", new Kind("v1", V1Secret.class),
            "PersistentVolume", new Kind("v1", V1PersistentVolume.class),
            "PersistentVolumeClaim", new Kind("v1", V1PersistentVolumeClaim.class),
            "Deployment", new Kind("apps/v1", V1Deployment.class),
            "PodDisruptionBudget", new Kind("policy/v1", V1PodDisruptionBudget.class),
            "Service", new Kind("v1", V1Service.class),
            "Ingress", new Kind("networking.k8s.io/v1", V1Ingress.class));

    private static final Map<String, List<KubernetesObject>> OBJECTS = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws Exception {
        String rendered = ExternalTool.require("kubectl", "kubernetes-client").run("kustomize", "deploy/kubernetes");
        for (JsonNode document : new YAMLMapper().readerFor(JsonNode.class).<JsonNode>readValues(rendered).readAll()) {
            String kind = document.path("kind").asText();
            Kind expected = KINDS.get(kind);
            assertThat(expected).as("a kind of object this test knows: " + kind).isNotNull();
            assertThat(document.path("apiVersion").asText()).as(kind).isEqualTo(expected.apiVersion());
            // The models' type adapters check every field against the API's schema while reading.
            KubernetesObject model = JSON.getGson().fromJson(document.toString(), expected.model());
            OBJECTS.computeIfAbsent(kind, k -> new ArrayList<>()).add(model);
        }
    }

    @Test
    void everyObjectIsThereOnceAndInTheNamespace() {
        assertThat(OBJECTS.keySet()).containsExactlyInAnyOrderElementsOf(KINDS.keySet());
        OBJECTS.values().forEach(objects -> assertThat(objects).hasSize(1));
        assertThat(one(V1Namespace.class).getMetadata().getName()).isEqualTo("fidelio");
        OBJECTS.forEach((kind, objects) -> assertThat(objects.get(0).getMetadata().getNamespace()).as(kind)
                .isEqualTo(kind.equals("Namespace") || kind.equals("PersistentVolume") ? null : "fidelio"));
    }

    @Test
    void severalReplicasRunUnprivilegedWithResourcesAndHealthProbes() {
        V1Deployment deployment = one(V1Deployment.class);
        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        V1PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        V1Container fidelio = container();
        assertThat(fidelio.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(fidelio.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(fidelio.getResources().getLimits()).containsKey("memory");
        for (V1Probe probe : List.of(fidelio.getReadinessProbe(), fidelio.getLivenessProbe(), fidelio.getStartupProbe())) {
            V1HTTPGetAction get = probe.getHttpGet();
            assertThat(get.getPath()).startsWith("/q/health/");
            assertThat(portNames(fidelio)).contains(get.getPort().getStrValue());
        }
    }

    @Test
    void theMusicIsMountedReadOnlyFromTheSharedVolume() {
        V1VolumeMount mount = mount("music");
        assertThat(mount.getReadOnly()).isTrue();
        V1Volume music = volume("music");
        assertThat(music.getPersistentVolumeClaim().getReadOnly()).isTrue();
        V1PersistentVolumeClaim claim = one(V1PersistentVolumeClaim.class);
        assertThat(music.getPersistentVolumeClaim().getClaimName()).isEqualTo(claim.getMetadata().getName());
        V1PersistentVolume volume = one(V1PersistentVolume.class);
        assertThat(claim.getSpec().getVolumeName()).isEqualTo(volume.getMetadata().getName());
        assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadOnlyMany");
        assertThat(volume.getSpec().getAccessModes()).containsExactly("ReadOnlyMany");
        assertThat(claim.getSpec().getStorageClassName()).isEqualTo(volume.getSpec().getStorageClassName());
    }

    @Test
    void theSettingsMatchTheContainer() {
        V1Container fidelio = container();
        V1ConfigMap settings = one(V1ConfigMap.class);
        V1Secret secrets = one(V1Secret.class);
        assertThat(fidelio.getEnvFrom()).extracting(e -> e.getConfigMapRef() == null ? null : e.getConfigMapRef().getName())
                .contains(settings.getMetadata().getName());
        assertThat(fidelio.getEnvFrom()).extracting(e -> e.getSecretRef() == null ? null : e.getSecretRef().getName())
                .contains(secrets.getMetadata().getName());
        Map<String, String> data = settings.getData();
        assertThat(data.get("FIDELIO_MUSIC_DIRS")).isEqualTo(mount("music").getMountPath());
        assertThat(data.get("FIDELIO_DATA_DIR")).isEqualTo(mount("data").getMountPath());
        assertThat(data.get("QUARKUS_DATASOURCE_JDBC_URL")).as("several replicas need an external database")
                .startsWith("jdbc:postgresql://");
        assertThat(fidelio.getPorts()).extracting(V1ContainerPort::getContainerPort)
                .contains(Integer.valueOf(data.get("QUARKUS_HTTP_PORT")));
        assertThat(secrets.getStringData()).containsKeys("QUARKUS_DATASOURCE_PASSWORD", "FIDELIO_AUTH_PASSWORD_KEY");
    }

    @Test
    void theIngressReachesThePodsThroughTheService() {
        V1Deployment deployment = one(V1Deployment.class);
        V1Service service = one(V1Service.class);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(service.getSpec().getSelector());
        service.getSpec().getPorts().forEach(port -> assertThat(portNames(container())).contains(port.getTargetPort().getStrValue()));

        V1Ingress ingress = one(V1Ingress.class);
        List<String> hosts = new ArrayList<>();
        ingress.getSpec().getRules().forEach(rule -> {
            hosts.add(rule.getHost());
            rule.getHttp().getPaths().forEach(path -> {
                assertThat(path.getBackend().getService().getName()).isEqualTo(service.getMetadata().getName());
                assertThat(service.getSpec().getPorts()).extracting(p -> p.getName())
                        .contains(path.getBackend().getService().getPort().getName());
            });
        });
        ingress.getSpec().getTls().forEach(tls -> assertThat(hosts).containsAll(tls.getHosts()));
        assertThat(one(V1PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels())
                .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
    }

    private static <T> T one(Class<T> model) {
        return OBJECTS.values().stream().flatMap(List::stream).filter(model::isInstance).map(model::cast).findFirst().orElseThrow();
    }

    private static V1Container container() {
        List<V1Container> containers = one(V1Deployment.class).getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static List<String> portNames(V1Container container) {
        return container.getPorts().stream().map(V1ContainerPort::getName).filter(Objects::nonNull).toList();
    }

    private static V1VolumeMount mount(String volume) {
        return container().getVolumeMounts().stream().filter(m -> m.getName().equals(volume)).findFirst().orElseThrow();
    }

    private static V1Volume volume(String name) {
        return one(V1Deployment.class).getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
    }
}
