// -Dfactcheck.skip=true skips the check without reading the broken rule file.
// What this case expects, in one place.
def expectedLines = [
    '[INFO] factcheck: skipped',
    '[INFO] BUILD SUCCESS',
]

def log = new File(basedir, 'build.log').readLines()
expectedLines.each { assert log.contains(it): "build.log has no line: $it" }
assert !new File(basedir, 'target/factcheck').exists()
true
