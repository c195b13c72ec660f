// The three seed articles agree on all three claims.
// What this case expects, in one place: update it here when the core's wording changes.
def expectedLines = [
    '[INFO] factcheck: 3 claims, 3 agree, 0 diverge',
    '[INFO] factcheck: report written to target/factcheck/report.json',
]
def expectedMentions = [
    'syria.death-toll'     : ['at least 23,000', 'at least 23,000', 'at least 23,000'],
    'syria.uprising-length': ['18-month', '18-month', '18-month'],
    'meeting.length'       : ['55-minute', 'close to an hour', '55-minute'],
]

def log = new File(basedir, 'build.log').readLines()
expectedLines.each { assert log.contains(it): "build.log has no line: $it" }
assert !log.any { it.startsWith('[ERROR]') }

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/factcheck/report.json'))
assert report.schema == 'factcheck-report/1'
assert report.claims.collect { it.id } == expectedMentions.keySet() as List
report.claims.each { claim ->
    assert claim.verdict == 'AGREE': "${claim.id} is ${claim.verdict}, not AGREE"
    assert claim.mentions.collect { it.text } == expectedMentions[claim.id]
}
true
