package dev.netlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format html} with every rule: the findings of the samples marked where the picture shows them. */
class HtmlFormatTest {

    @TempDir
    Path temp;

    private String page(String sample) throws IOException {
        Path html = temp.resolve(sample + ".html");
        CliRun run = CliRun.of("check", "--format", "html", "--output", html.toString(), "../samples/" + sample);
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        return Files.readString(html);
    }

    @Test
    void theLoadBalancerIpOutsideThePoolIsMarkedOnTheBarAtTheManifestsLine() throws IOException {
        String html = page("broken-manifest-lb-ip");
        assertThat(html).containsPattern("<g id=\"d1-e\\d+\" class=\"el load-balancer flagged\"><title>load-balancer IP:"
                + " load balancer api 192.168.20.140</title>");
        assertThat(html).containsPattern("<li id=\"d1-f1\" class=\"error\"><p><span class=\"severity\">error</span> <code>"
                + "[^<]*samples/broken-manifest-lb-ip/shop.yaml:21:42</code> load-balancer IP 192.168.20.140");
        // the pool it should be in is drawn, not marked: the finding stands at the address
        assertThat(html).contains("class=\"el service-pool\"><title>service pool: KubernetesServiceIPs");
    }

    @Test
    void theOffLinkNextHopOfTheRunbookIsMarkedOutsideTheSubnetWithItsRouteAndNetwork() throws IOException {
        String html = page("broken-runbook-off-link");
        // 1: network-unreachable at the device file, 2: route-next-hop-not-on-link at the runbook's line
        assertThat(html).containsPattern("<li id=\"d1-e\\d+\" class=\"el next-hop flagged\">next hop 192.168.22.1 \\(route"
                + " 192.168.22.0/24 via 192.168.22.1 on Port3\\) <a class=\"finding-mark\" href=\"#d1-f2\">\\[2\\]</a></li>");
        assertThat(html).containsPattern("<tr id=\"d1-e\\d+\" class=\"el route flagged\"><td><code>192.168.22.0/24</code>"
                + " <a class=\"finding-mark\" href=\"#d1-f2\">\\[2\\]</a>");
        assertThat(html).containsPattern("<tr id=\"d1-e\\d+\" class=\"el network flagged\"><td>plcs <a class=\"finding-mark\""
                + " href=\"#d1-f1\">\\[1\\]</a></td><td><code>192.168.22.0/24</code></td><td>.*<strong>NAT</strong>: NAT out"
                + " of Port2 via gateway 10.57.48.1</td>");
        assertThat(html).contains("routes.ps1:6:26</code> next hop 192.168.22.1 is not on-link");
    }
}
