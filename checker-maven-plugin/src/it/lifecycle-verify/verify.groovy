// "mvn verify" on a pom that lists the goal without a phase runs the check once, in the verify phase, and fails
// naming each diverging claim. What this case expects, in one place.
def expectedLines = [
    '[INFO] --- factcheck-maven-plugin:@VERSION@:verify (default) @ lifecycle-verify ---',
    '[INFO] factcheck: 3 claims, 0 agree, 3 diverge (3 errors)',
    '[INFO] factcheck: report written to target/factcheck/report.json',
]*.replace('@VERSION@', pluginVersion.toString())
def expectedFailure = "[ERROR] Failed to execute goal dev.factcheck:factcheck-maven-plugin:${pluginVersion}:verify" +
        ' (default) on project lifecycle-verify: factcheck: 3 claims failed the check: syria.death-toll,' +
        ' syria.uprising-length, meeting.length (see target/factcheck/report.json) -> [Help 1]'

def log = new File(basedir, 'build.log').readLines()
expectedLines.each { assert log.contains(it): "build.log has no line: $it" }
assert log.contains(expectedFailure.toString()): "build.log has no line: $expectedFailure"
assert log.count { it.contains('failed the check') } == 1: 'the check runs once'
assert !log.any { it =~ /^\s+at \S+\(/ || it.startsWith('Caused by:') }: 'no stack trace'

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/factcheck/report.json'))
assert report.claims.collect { [it.id, it.verdict] } ==
        [['syria.death-toll', 'DIVERGE'], ['syria.uprising-length', 'DIVERGE'], ['meeting.length', 'DIVERGE']]
true
