package dev.netlint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPointerTest {

    @Test
    void writesKeysAndIndexesAsRfc6901Says() {
        JsonPointer routes = JsonPointer.ROOT.child("kubernetes").child("routes");
        assertThat(JsonPointer.ROOT).hasToString("");
        assertThat(routes.child(3).child("nextHop")).hasToString("/kubernetes/routes/3/nextHop");
        assertThat(routes.child("a/b~c")).hasToString("/kubernetes/routes/a~1b~0c");
        assertThat(JsonPointer.ROOT.child("")).hasToString("/");
    }

    @Test
    void aLocationWithAChainEqualsOneWithTheSameWrittenPointer() {
        Location lazy = new Location("d.yaml", 4, 7, JsonPointer.ROOT.child("device").child(0));
        Location written = new Location("d.yaml", 4, 7, "/device/0");
        assertThat(lazy).isEqualTo(written).hasSameHashCodeAs(written);
        assertThat(lazy.pointer()).isEqualTo("/device/0");
        assertThat(lazy).isNotEqualTo(new Location("d.yaml", 4, 7, "/device/1"))
                .isNotEqualTo(new Location("d.yaml", 4, 8, "/device/0"))
                .isNotEqualTo(new Location("e.yaml", 4, 7, "/device/0"));
        assertThat(lazy).hasToString("d.yaml:4:7");
    }
}
