def log = new File(basedir, 'build.log').text
assert log.count('[ERROR] src/main/network/edge-0') == 2
assert log.contains('[ERROR] netlint: 2 devices, 2 files: 2 errors, 0 warnings, 0 infos')
assert log.contains('netlint: 2 devices, 2 files: 2 errors, 0 warnings, 0 infos (failOn: error; 2 violations,'
        + ' maxAllowedViolations: 1)')
assert log.contains('MojoFailureException')
return true
