def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/network/edge-02/network.yaml:18:59 KubernetesNodeIPs')
assert log.contains('[INFO] netlint: no configuration file')
assert log.contains('[ERROR] netlint: 1 device, 1 file: 1 error, 0 warnings, 0 infos')
assert log.contains('MojoFailureException')
return true
