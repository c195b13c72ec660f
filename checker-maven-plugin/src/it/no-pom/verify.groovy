// In a folder without a pom.xml the goal runs by its full name, with the rules given on the command line.
// What this case expects, in one place: update it here when the core's wording changes.
def expectedLines = [
    '[INFO] factcheck: 3 claims, 3 agree, 0 diverge',
    '[INFO] factcheck: report written to target/factcheck/report.json',
    '[INFO] BUILD SUCCESS',
]

assert !new File(basedir, 'pom.xml').exists()
def log = new File(basedir, 'build.log').readLines()
expectedLines.each { assert log.contains(it): "build.log has no line: $it" }
assert new File(basedir, 'target/factcheck/report.json').isFile()
true
