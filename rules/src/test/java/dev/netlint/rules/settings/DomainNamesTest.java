package dev.netlint.rules.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The decision behind {@code dns-suffix-invalid} and the proxy host check, name by name: fixtures
 * show that a rule fires, not which reason its message gives.
 */
class DomainNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"plant.example.com", "corp.contoso.local", "plant.internal", "site1.lan",
        "plant.example.com.", "corp", "usine-köln.contoso.de", "xn--usine-kln-gcb.contoso.de", "a1.b2.c3.io",
        "home.arpa"})
    void acceptsPublicAndInternalNames(String name) {
        assertThat(DomainNames.problem(name)).isNull();
        assertThat(DomainNames.isValid(name)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plant_1.contoso.local | label 'plant_1' contains '_'",
        "corp..contoso.com     | empty label",
        ".contoso.com          | empty label",
        "lab-.contoso.com      | label 'lab-' starts or ends with a hyphen",
        "-lab.contoso.com      | label '-lab' starts or ends with a hyphen",
        "10.57.48.1            | last label '1' is all digits",
        "123                   | last label '123' is all digits",
        "plant.1abc            | last label '1abc' does not start with a letter",
        "'cameras plant.local' | contains ' '",
        "''                    | it is empty",
    })
    void explainsWhatIsWrong(String name, String reason) {
        assertThat(DomainNames.problem(name)).contains(reason);
    }

    @org.junit.jupiter.api.Test
    void refusesOverlongLabelsAndNames() {
        String label = "a".repeat(64);
        assertThat(DomainNames.problem(label + ".contoso.com")).contains("64 characters long (at most 63)");
        String name = ("abcdefghi.".repeat(26)) + "com";
        assertThat(DomainNames.problem(name)).contains("263 characters long (at most 253)");
    }
}
