package dev.netlint.rules.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which {@code deviceInfo.model} texts {@code two-node-model-unsupported} judges: the models the vendor
 * clusters (Pro GPU and its 1 GPU / 2 GPU variants, Pro 2) and the texts that name no model pass; the
 * other Azure Stack Edge models do not.
 */
class ClusteredModelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Azure Stack Edge Pro GPU", "Azure Stack Edge Pro - 1 GPU", "Azure Stack Edge Pro - 2 GPU",
            "Azure Stack Edge Pro 2", "azure stack edge pro 2", "Azure Stack Edge", "ASE", "Dell PowerEdge R640",
            "Azure Stack Edge Pro 2 "})
    void clusteredOrUnnamedModelsPass(String model) {
        assertThat(TwoNodeModelUnsupportedRule.supportedOrUnknown(model)).as(model).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Azure Stack Edge Pro R", "Azure Stack Edge Mini R", "Azure Stack Edge Pro - FPGA",
            "Azure Stack Edge Pro", "ASE Mini R"})
    void otherAzureStackEdgeModelsAreNotClustered(String model) {
        assertThat(TwoNodeModelUnsupportedRule.supportedOrUnknown(model)).as(model).isFalse();
    }
}
