package dev.netlint.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick dotted-quad path gives exactly what the general parser gives, and refuses what it refuses. */
class AddressesTest {

    @Test
    void theQuickPathAgreesWithTheGeneralParserOnRandomText() {
        Random random = new Random(42);
        String alphabet = "0123456789./";
        int quick = 0;
        for (int round = 0; round < 200_000; round++) {
            String text = round % 2 == 0 ? wellFormed(random) : noise(random, alphabet);
            IPAddress fast = Addresses.dottedQuad(text);
            IPAddress general = general(text);
            if (fast != null) {
                quick++;
                if (general == null) {
                    assertThat(text).as("refused by the general parser, which counts /0 as a leading zero")
                            .endsWith("/0");
                    continue;
                }
                assertThat(fast).as(text).isEqualTo(general);
                assertThat(fast.isMultiple()).as(text).isEqualTo(general.isMultiple());
                assertThat(fast.getNetworkPrefixLength()).as(text).isEqualTo(general.getNetworkPrefixLength());
                assertThat(fast.toNormalizedString()).as(text).isEqualTo(general.toNormalizedString());
            } else if (general != null && text.matches("[0-9.]+(/[0-9]+)?")) {
                assertThat(text).as("a plain dotted quad the quick path left to the general parser").contains("..");
            }
        }
        assertThat(quick).isGreaterThan(50_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.256", "010.0.0.1", "10.0.0.1/33", "10.0.0.1/024", "10.0.0", "10.0.0.1.",
        "10.0.0.1/", "1.2.3.4/255.255.0.255", "2.0/3154685682", "10.0.0.0/4294967296", "1.2.3.4/255.255.255.0", "", "  ", "1.2.3.4-9", "*"})
    void whatIsNotAPlainAddressIsRefused(String text) {
        assertThatThrownBy(() -> Addresses.parse(text)).isInstanceOf(AddressStringException.class);
    }

    @Test
    void aPrefixWithAZeroHostIsTheBlockAndWithAHostIsOneAddress() throws AddressStringException {
        assertThat(Addresses.parse("192.168.21.0/24").isMultiple()).isTrue();
        assertThat(Addresses.parse("192.168.20.10/24").isMultiple()).isFalse();
        assertThat(Addresses.parse(" 192.168.20.10 ").toCanonicalString()).isEqualTo("192.168.20.10");
        assertThat(Addresses.parse("2001:db8::10/64").isIPv6()).isTrue();
        assertThat(Addresses.parse("0.0.0.0/0").isMultiple()).as("the default route").isTrue();
        assertThat(Addresses.parse("::/0").isMultiple()).isTrue();
    }

    private static IPAddress general(String text) {
        try {
            return Addresses.general(text);
        } catch (AddressStringException e) {
            return null;
        }
    }

    private static String wellFormed(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            text.append(i == 0 ? "" : ".").append(random.nextInt(10) == 0 ? random.nextInt(400) : random.nextInt(256));
        }
        if (random.nextBoolean()) {
            text.append('/').append(random.nextInt(10) == 0 ? random.nextInt(40) : random.nextInt(33));
        }
        return text.toString();
    }

    private static String noise(Random random, String alphabet) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(19);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
