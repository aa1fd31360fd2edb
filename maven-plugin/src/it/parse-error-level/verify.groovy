def log = new File(basedir, 'build.log').text
assert log.contains('netlint: <rules><parse-error>: parse-error cannot be set to off: a device file that cannot be'
        + ' read must fail the check, so parse-error is always an error')
assert log.contains('MojoExecutionException')
assert !new File(basedir, 'target/netlint').exists()
return true
