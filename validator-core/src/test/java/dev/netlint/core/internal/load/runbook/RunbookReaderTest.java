package dev.netlint.core.internal.load.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.netlint.core.finding.LoadProblem;
import dev.netlint.core.finding.Severity;
import dev.netlint.core.model.KubeRoute;
import dev.netlint.core.model.Kubernetes;
import dev.netlint.core.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runbooks as teams write them: the cmdlet forms of the vendor's pages ("Kubernetes networking in your
 * Azure Stack Edge Pro GPU device", "Change Kubernetes pod and service subnets"), quoted or not, in any
 * parameter order, with backtick continuations, among lines of other PowerShell.
 */
class RunbookReaderTest {

    private static RunbookReader.Runbook read(String text) {
        return RunbookReader.read("run.ps1", text);
    }

    private static String describe(KubeRoute route) {
        return route.describe() + (route.routeMetric() == null ? "" : " metric " + route.metric());
    }

    @Test
    void theVendorsFormsAreRead() {
        RunbookReader.Runbook runbook = read("""
                # routes of the Kubernetes VMs, as the vendor's page writes them
                Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.21.0/24" -NextHop "192.168.20.1" -RouteMetric 100
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.22.0/24 -NextHop 192.168.20.1 -RouteMetric 200
                Set-HcsKubeClusterNetworkInfo -PodSubnet 10.96.0.0/16 -ServiceSubnet 10.97.0.0/16
                """);

        assertThat(runbook.problems()).isEmpty();
        assertThat(runbook.kubernetes().routes()).extracting(RunbookReaderTest::describe).containsExactly(
                "route 192.168.21.0/24 via 192.168.20.1 on Port3 metric 100",
                "route 192.168.22.0/24 via 192.168.20.1 on Port3 metric 200");
        assertThat(runbook.kubernetes().podSubnet().value().toCanonicalString()).isEqualTo("10.96.0.0/16");
        assertThat(runbook.kubernetes().serviceSubnet().value().toCanonicalString()).isEqualTo("10.97.0.0/16");
    }

    @Test
    void valuesKeepTheirPlaceInTheScript() {
        RunbookReader.Runbook runbook = read("\n  Add-HcsNetRoute -InterfaceAlias 'Port3' -NextHop 192.168.20.1 `\n"
                + "      -DestinationPrefix 192.168.21.0/24\n");

        KubeRoute route = runbook.kubernetes().routes().get(0);
        assertThat(route.location()).isEqualTo(new Location("run.ps1", 2, 3, "/0"));
        assertThat(route.interfaceAlias().location()).isEqualTo(new Location("run.ps1", 2, 35, "/0/InterfaceAlias"));
        assertThat(route.nextHop().location()).isEqualTo(new Location("run.ps1", 2, 52, "/0/NextHop"));
        assertThat(route.destinationPrefix().location())
                .isEqualTo(new Location("run.ps1", 3, 26, "/0/DestinationPrefix"));
    }

    @Test
    void parametersMayComeInAnyOrderAndCaseOrAsAnUnambiguousPrefix() {
        RunbookReader.Runbook runbook = read("""
                add-hcsnetroute -nexthop 192.168.20.1 -routemetric 5 -DEST 192.168.21.0/24 -Interface Port3
                Add-HcsNetRoute -InterfaceAlias:Port3 -DestinationPrefix:192.168.23.0/24 -NextHop:192.168.20.1
                """);

        assertThat(runbook.problems()).isEmpty();
        assertThat(runbook.kubernetes().routes()).extracting(RunbookReaderTest::describe).containsExactly(
                "route 192.168.21.0/24 via 192.168.20.1 on Port3 metric 5",
                "route 192.168.23.0/24 via 192.168.20.1 on Port3");
    }

    @Test
    void otherPowerShellAndCommentsAreIgnored() {
        RunbookReader.Runbook runbook = read("""
                <# Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 10.0.0.0/8 -NextHop 192.168.20.1 #>
                $session = New-PSSession -ComputerName $ip -ConfigurationName Minishell
                Enter-PSSession $session; Get-HcsNetRoute -InterfaceAlias Port3
                # Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 10.1.0.0/16 -NextHop 192.168.20.1
                Write-Host "Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 10.2.0.0/16"
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.21.0/24 -NextHop 192.168.20.1 | Out-Null
                """);

        assertThat(runbook.problems()).isEmpty();
        assertThat(runbook.kubernetes().routes()).extracting(KubeRoute::describe)
                .containsExactly("route 192.168.21.0/24 via 192.168.20.1 on Port3");
    }

    @Test
    void removeHcsNetRouteRemovesARouteAddedBeforeAndIsKeptInOrder() {
        RunbookReader.Runbook runbook = read("""
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.21.0/24 -NextHop 192.168.20.1
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.22.0/24 -NextHop 192.168.20.1
                Remove-HcsNetRoute -InterfaceAlias port3 -DestinationPrefix 192.168.21.0/24
                Remove-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 10.9.0.0/16
                """);

        assertThat(runbook.kubernetes().routes()).extracting(KubeRoute::describe)
                .containsExactly("route 192.168.22.0/24 via 192.168.20.1 on Port3");
        assertThat(runbook.changes()).extracting(c -> c.added() != null ? c.added().describe() : c.removed().describe())
                .containsExactly("route 192.168.21.0/24 via 192.168.20.1 on Port3",
                        "route 192.168.22.0/24 via 192.168.20.1 on Port3",
                        "Remove-HcsNetRoute 192.168.21.0/24 on port3", "Remove-HcsNetRoute 10.9.0.0/16 on Port3");
    }

    @Test
    void whatIfChangesNothing() {
        RunbookReader.Runbook runbook = read("""
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.21.0/24 -NextHop 192.168.20.1 -WhatIf
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.22.0/24 -NextHop 192.168.20.1 -WhatIf:$false
                """);

        assertThat(runbook.kubernetes().routes()).extracting(KubeRoute::describe)
                .containsExactly("route 192.168.22.0/24 via 192.168.20.1 on Port3");
    }

    @Test
    void aValueThatIsNotLiteralLeavesItsCommandOutWithAWarningAndAnUnreadRoute() {
        RunbookReader.Runbook runbook = read("""
                $gateway = (Get-NetIPConfiguration -InterfaceAlias Port3).IPv4DefaultGateway.NextHop
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.21.0/24 -NextHop $gateway
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix "192.168.$subnet.0/24" -NextHop 192.168.20.1
                """);

        assertThat(runbook.kubernetes().routes()).isEmpty();
        assertThat(runbook.problems()).extracting(LoadProblem::rule, LoadProblem::severity, p -> p.location().line())
                .containsExactly(tuple(LoadProblem.INVALID_VALUE, Severity.WARNING, 2),
                        tuple(LoadProblem.INVALID_VALUE, Severity.WARNING, 3));
        assertThat(runbook.problems().get(0).message()).isEqualTo("$gateway holds what netlint cannot read (line 1):"
                + " netlint reads the runbook without running it, so this Add-HcsNetRoute is left out, and the rules"
                + " that judge the whole route set (network-unreachable, network-partially-routed) stay silent for"
                + " the networks 192.168.21.0/24 could serve");
        assertThat(runbook.problems().get(1).message()).contains("stay silent for every network");
        assertThat(runbook.kubernetes().unreadRoutes()).extracting(r -> r.reach())
                .containsExactly("192.168.21.0/24", "every network");
    }

    @Test
    void colonBoundValuesAreReadAsPowerShellBindsThemQuotedOrNot() {
        RunbookReader.Runbook runbook = read("""
                Add-HcsNetRoute -InterfaceAlias:"Port3" -DestinationPrefix:"192.168.22.0/24" -NextHop:'192.168.20.1'
                Add-HcsNetRoute -InterfaceAlias: Port3 -DestinationPrefix: 192.168.23.0/24 -NextHop: 192.168.20.1 -Verbose:$false
                """);

        assertThat(runbook.problems()).isEmpty();
        assertThat(runbook.kubernetes().routes()).extracting(KubeRoute::describe).containsExactly(
                "route 192.168.22.0/24 via 192.168.20.1 on Port3", "route 192.168.23.0/24 via 192.168.20.1 on Port3");
        assertThat(runbook.kubernetes().routes().get(0).interfaceAlias().location())
                .isEqualTo(new Location("run.ps1", 1, 33, "/0/InterfaceAlias"));
    }

    @Test
    void theCommonParametersAliasesAreTheirParameters() {
        RunbookReader.Runbook runbook = read("""
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.21.0/24 -NextHop 192.168.20.1 -ea Stop
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.22.0/24 -NextHop 192.168.20.1 -EA:Stop -ev err -wa SilentlyContinue -wv w -vb -db -ov o -ob 1 -iv i -infa Continue -pv p
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.23.0/24 -NextHop 192.168.20.1 -wi
                """);

        assertThat(runbook.problems()).isEmpty();
        assertThat(runbook.kubernetes().routes()).extracting(KubeRoute::describe).containsExactly(
                "route 192.168.21.0/24 via 192.168.20.1 on Port3", "route 192.168.22.0/24 via 192.168.20.1 on Port3");
    }

    @Test
    void aParameterGivenTwiceIsRefusedAndItsRouteNotApplied() {
        RunbookReader.Runbook runbook = read("""
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.21.0/24 -NextHop 192.168.20.1 -NextHop 192.168.20.2
                $r = @{ InterfaceAlias = 'Port3'; DestinationPrefix = '192.168.22.0/24'; NextHop = '192.168.20.1' }
                Add-HcsNetRoute @r -NextHop 192.168.20.2
                """);

        assertThat(runbook.kubernetes().routes()).isEmpty();
        assertThat(runbook.problems()).extracting(LoadProblem::rule, LoadProblem::severity, p -> p.location().line(),
                p -> p.location().column()).containsExactly(tuple(LoadProblem.DUPLICATE_KEY, Severity.ERROR, 1, 96),
                tuple(LoadProblem.DUPLICATE_KEY, Severity.ERROR, 3, 20));
        assertThat(runbook.problems().get(0).message()).isEqualTo("-NextHop is given twice to Add-HcsNetRoute (first at"
                + " line 1, column 74): PowerShell refuses the command (ParameterAlreadyBound), so it changes nothing");
    }

    @Test
    void splatsLoopsAndVariablesOfLiteralsAreRead() {
        RunbookReader.Runbook runbook = read("""
                $ErrorActionPreference = 'Stop'
                $port = "Port3"
                $gateway = '192.168.20.1'
                $route = @{
                    InterfaceAlias    = $port
                    DestinationPrefix = "192.168.21.0/24"
                    NextHop           = '192.168.20.1'
                    RouteMetric       = 100
                }
                Add-HcsNetRoute @route -ea Stop
                foreach ($net in '192.168.22.0/24', "192.168.23.0/24") {
                    Add-HcsNetRoute -InterfaceAlias $port -DestinationPrefix $net -NextHop $gateway
                }
                $cameras = @(
                    '192.168.24.0/24'
                    '192.168.25.0/24'
                )
                ForEach ($c in $cameras) { Add-HcsNetRoute -InterfaceAlias "$port" -DestinationPrefix $c -NextHop "${gateway}" }
                $podSubnet = "10.96.0.0/16"
                Set-HcsKubeClusterNetworkInfo -PodSubnet $podSubnet -ServiceSubnet "10.97.0.0/16"
                """);

        assertThat(runbook.problems()).isEmpty();
        assertThat(runbook.kubernetes().routes()).extracting(RunbookReaderTest::describe).containsExactly(
                "route 192.168.21.0/24 via 192.168.20.1 on Port3 metric 100",
                "route 192.168.22.0/24 via 192.168.20.1 on Port3", "route 192.168.23.0/24 via 192.168.20.1 on Port3",
                "route 192.168.24.0/24 via 192.168.20.1 on Port3", "route 192.168.25.0/24 via 192.168.20.1 on Port3");
        assertThat(runbook.kubernetes().routes().get(2).destinationPrefix().location())
                .isEqualTo(new Location("run.ps1", 11, 37, "/6/DestinationPrefix"));
        assertThat(runbook.kubernetes().podSubnet().value().toCanonicalString()).isEqualTo("10.96.0.0/16");
        assertThat(runbook.kubernetes().podSubnet().location().line()).isEqualTo(19);
    }

    @Test
    void aLiteralFalseConditionIsNotAppliedAndAnUnknownOneIsUnknown() {
        RunbookReader.Runbook runbook = read("""
                if ($false) {
                    Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.21.0/24 -NextHop 192.168.20.1
                } else {
                    Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.22.0/24 -NextHop 192.168.20.1
                }
                if (0) { Set-HcsKubeClusterNetworkInfo -PodSubnet 10.96.0.0/16 -ServiceSubnet 10.97.0.0/16 }
                if ($env:COMPUTERNAME -eq 'edge-01') {
                    Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.23.0/24 -NextHop 192.168.20.1
                }
                """);

        assertThat(runbook.kubernetes().routes()).extracting(KubeRoute::describe)
                .containsExactly("route 192.168.22.0/24 via 192.168.20.1 on Port3");
        assertThat(runbook.kubernetes().podSubnet()).isNull();
        assertThat(runbook.kubernetes().unreadRoutes()).extracting(r -> r.reach()).containsExactly("192.168.23.0/24");
        assertThat(runbook.problems()).extracting(p -> p.location().line()).containsExactly(8);
    }

    @Test
    void aSyntaxTemplateIsOnePlaceholderFindingPerCommand() {
        RunbookReader.Runbook runbook = read("""
                Add-HcsNetRoute -InterfaceAlias <Port number> -DestinationPrefix <Destination IP address or IP address prefix> -NextHop <IP address of next hop> -RouteMetric <Route metric number>
                Set-HcsKubeClusterNetworkInfo -PodSubnet <subnet details> -ServiceSubnet <subnet details>
                """);

        assertThat(runbook.kubernetes().routes()).isEmpty();
        assertThat(runbook.kubernetes().podSubnet()).isNull();
        assertThat(runbook.problems()).extracting(LoadProblem::rule, LoadProblem::severity, p -> p.location().line(),
                p -> p.location().column()).containsExactly(tuple(LoadProblem.INVALID_VALUE, Severity.ERROR, 1, 33),
                tuple(LoadProblem.INVALID_VALUE, Severity.ERROR, 2, 42));
        assertThat(runbook.problems().get(0).message()).isEqualTo("<Port number> (and 3 more <...>) is a placeholder"
                + " of the vendor's syntax, not a value: PowerShell cannot parse '<' there, so this Add-HcsNetRoute is"
                + " not applied; write the value in its place");
    }

    @Test
    void aSubnetThatIsNotLiteralIsUnknownNotTheDefault() {
        RunbookReader.Runbook runbook = read("""
                Set-HcsKubeClusterNetworkInfo -PodSubnet $x -ServiceSubnet 10.97.0.0/16
                """);

        assertThat(runbook.kubernetes().podSubnet()).isNull();
        assertThat(runbook.kubernetes().unknown(Kubernetes.POD_SUBNET)).isTrue();
        assertThat(runbook.kubernetes().unknown(Kubernetes.SERVICE_SUBNET)).isFalse();
        assertThat(runbook.problems()).singleElement().extracting(LoadProblem::message).asString()
                .contains("the pod subnet is unknown (neither the default nor one written before)");
    }

    @Test
    void wrongValuesAreTheFindingsOfTheKubernetesBlock() {
        RunbookReader.Runbook runbook = read("""
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.21.0/33 -NextHop 192.168.20.1
                Add-HcsNetRoute -InterfaceAlias Port3 -NextHop 192.168.20.1
                Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.24.0/24 -NextHp 192.168.20.1
                Set-HcsKubeClusterNetworkInfo -PodSubnet 10.96.0.0
                """);

        assertThat(runbook.kubernetes().routes()).hasSize(2);
        assertThat(runbook.problems()).extracting(LoadProblem::rule, p -> p.location().line(), LoadProblem::message)
                .containsExactly(
                        tuple(LoadProblem.INVALID_VALUE, 1,
                                "'192.168.21.0/33' is not a destination prefix: the prefix length /33 is over 32"),
                        tuple(LoadProblem.MISSING_VALUE, 2,
                                "route has no destinationPrefix (Add-HcsNetRoute requires -DestinationPrefix)"),
                        tuple(LoadProblem.UNKNOWN_KEY, 3, "unknown parameter '-NextHp' of Add-HcsNetRoute; did you"
                                + " mean '-NextHop'? PowerShell refuses the command, so it changes nothing"),
                        tuple(LoadProblem.INVALID_VALUE, 4, "'10.96.0.0' is not a pod subnet prefix: it needs a"
                                + " prefix length, such as 10.96.0.0/16"));
    }

    @Test
    void theTokenizerKnowsQuotingEscapesAndContinuations() {
        List<PowerShellScript.Command> commands = PowerShellScript.commands("""
                Cmd-One -A 'it''s' -B "a `"quoted`" word" `
                   -C @'
                here
                '@
                Cmd-Two; Cmd-Three -D (Get-Thing -E 1) -F $x
                """);

        assertThat(commands).extracting(c -> c.name().text()).containsExactly("Cmd-One", "Cmd-Two", "Cmd-Three");
        assertThat(commands.get(0).arguments()).extracting(PowerShellScript.Token::text).containsExactly(
                "-A", "it's", "-B", "a \"quoted\" word", "-C", "here");
        assertThat(commands.get(2).arguments()).extracting(PowerShellScript.Token::text, PowerShellScript.Token::literal)
                .containsExactly(tuple("-D", true), tuple("(Get-Thing -E 1)", false), tuple("-F", true),
                        tuple("$x", false));
    }
}
