def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] netlint: 1 change from current to src/main/network/edge-01')
// the level the rules parameter sets: a warning, which does not fail the build
assert log =~ /\[WARNING\] .*the pod subnet changes from 172.27.0.0\/16 to 10.244.0.0\/16 while compute is already configured on vSwitch1.*\[cluster-subnet-changed\]/
assert !log.contains('[ERROR]')
assert !log.contains('of the transition rules')
assert log.contains('BUILD SUCCESS')
