def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/network/edge-02/network.yaml:1:1 the file is over the size limit of 512 bytes')
assert log.contains('[parse-error]')
assert log.contains('MojoFailureException')
return true
