def log = new File(basedir, 'build.log').text
// lab.yaml's level and failOn apply; the discovered .netlint.yaml (failOn: info) would have failed the build
assert log.contains('[INFO] src/main/network/edge-02/network.yaml:18:59 KubernetesNodeIPs')
assert log.count('[pool-overlap]') == 1
assert log.contains('[INFO] netlint: 1 device, 1 file: 0 errors, 0 warnings, 1 info')
assert log.contains('BUILD SUCCESS')
return true
