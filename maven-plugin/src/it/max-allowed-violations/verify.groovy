def log = new File(basedir, 'build.log').text
// two errors, two allowed: reported at their level, the build passes
assert log.count('[ERROR] src/main/network/edge-0') == 2
assert log.contains('[INFO] netlint: 2 devices, 2 files: 2 errors, 0 warnings, 0 infos')
assert log.contains('BUILD SUCCESS')
return true
