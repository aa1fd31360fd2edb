package dev.netlint.rules.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code web-proxy-invalid} says about each form of proxy URI (fixtures cover where it reports). */
class WebProxyUriTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://10.57.48.82:8080", "http://proxy:3128", "http://proxy.plant.internal:8080",
        "http://proxy.corp.contoso.local:8080/", "HTTP://proxy.contoso.com:80", "http://[fd00:57:48::82]:8080"})
    void acceptsHttpHostPort(String uri) {
        assertThat(WebProxyInvalidRule.problems(uri)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10.57.48.82:8080                      | it has no scheme (write http://10.57.48.82:8080)",
        "https://proxy:8080                    | HTTPS is not supported",
        "socks5://proxy:1080                   | scheme socks5 is not supported",
        "http://wpad.plant.local/proxy.pac     | PAC file, /proxy.pac",
        "http://proxy:8080/wpad.PAC            | PAC file",
        "http://proxy:8080/path?x=1            | more than a host and a port (/path?x=1)",
        "http://10.57.48.82                    | it has no port",
        "http://proxy:                         | it has no port",
        "http://10.57.48.82:99999              | port 99999 is not a port number (1-65535)",
        "http://10.57.48.82:0                  | port 0 is not a port number",
        "http://user:pw@proxy:8080             | it carries credentials",
        "http://proxy_01.plant.local:3128      | host proxy_01.plant.local is neither an IPv4 address nor a host name",
        "http://300.1.1.1:8080                 | host 300.1.1.1 is neither",
        "http://:8080                          | it has no host",
        "'http://pro xy:8080'                  | it is not a URL",
    })
    void saysWhatIsWrong(String uri, String reason) {
        assertThat(WebProxyInvalidRule.problems(uri)).anySatisfy(p -> assertThat(p).contains(reason));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://svc:Secret1@proxy:8080 | http://***@proxy:8080",
        "http://proxy:8080             | http://proxy:8080",
        "http://proxy:8080/a@b         | http://proxy:8080/a@b",
    })
    void masksCredentialsInMessages(String uri, String shown) {
        assertThat(WebProxyInvalidRule.withoutCredentials(uri)).isEqualTo(shown);
    }
}
