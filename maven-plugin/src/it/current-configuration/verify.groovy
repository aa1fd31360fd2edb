def log = new File(basedir, 'build.log').text
// the proposed device alone is clean
assert log.contains('[INFO] netlint: 1 device, 1 file: 0 errors, 0 warnings, 0 infos')
// the change is listed and judged
assert log.contains('[INFO] netlint: 1 change from current to src/main/network/edge-01')
assert log.contains('[INFO]     cluster pod subnet changed: 172.27.0.0/16 -> 10.244.0.0/16')
assert log.contains('the pod subnet changes from 172.27.0.0/16 to 10.244.0.0/16 while compute is already configured on vSwitch1')
assert log.contains('[cluster-subnet-changed]')
assert log.contains('netlint: the change from current has 1 error of the transition rules')
