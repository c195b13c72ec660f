// The three seed articles agree on all three claims, and report.json says so.
// What this case expects, in one place: update it here when the core's wording changes.
def expectedReport = '''\
[INFO] rules/story.yaml:5:5: info: syria.death-toll agrees: 3 mentions in 3 sources [syria.death-toll]
[INFO]     seeds/000_467d30aa3cf9fbd8.txt:5:188: 'at least 23,000' = 23,000 or more
[INFO]     seeds/001_7d04d338c35cf0d2.txt:27:81: 'at least 23,000' = 23,000 or more
[INFO]     seeds/002_5034644849f90e86.txt:9:156: 'at least 23,000' = 23,000 or more
[INFO] rules/story.yaml:9:5: info: syria.uprising-length agrees: 3 mentions in 3 sources [syria.uprising-length]
[INFO]     seeds/000_467d30aa3cf9fbd8.txt:5:156: '18-month' = 47,335,428 s (1.5 years)
[INFO]     seeds/001_7d04d338c35cf0d2.txt:27:49: '18-month' = 47,335,428 s (1.5 years)
[INFO]     seeds/002_5034644849f90e86.txt:9:124: '18-month' = 47,335,428 s (1.5 years)
[INFO] rules/story.yaml:13:5: info: meeting.length agrees: 3 mentions in 3 sources [meeting.length]
[INFO]     seeds/000_467d30aa3cf9fbd8.txt:2:89: '55-minute' = 3,300 s (55 minutes)
[INFO]     seeds/001_7d04d338c35cf0d2.txt:13:25: 'close to an hour' = 3,240 to 3,600 s (54 to 60 minutes)
[INFO]     seeds/002_5034644849f90e86.txt:13:46: '55-minute' = 3,300 s (55 minutes)
[INFO] factcheck: 3 claims, 4 agree, 0 diverge
[INFO] factcheck: report written to target/factcheck/report.json'''
def expectedMentions = [
    'syria.death-toll'     : ['at least 23,000', 'at least 23,000', 'at least 23,000'],
    'syria.uprising-length': ['18-month', '18-month', '18-month'],
    'meeting.length'       : ['55-minute', 'close to an hour', '55-minute'],
]

// The report must stand in the log as one block, line for line.
def log = new File(basedir, 'build.log').readLines()
def reportLines = expectedReport.readLines()
def at = log.indexOf(reportLines[0])
assert at >= 0: "build.log has no line: ${reportLines[0]}"
assert log.subList(at, Math.min(log.size(), at + reportLines.size())) == reportLines

assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/factcheck/report.json'))
assert report.schema == 'factcheck-report/1'
assert report.summary.claims == 3 && report.summary.agree == 3 && report.summary.diverge == 0
assert report.claims.collect { it.id } == expectedMentions.keySet() as List
report.claims.each { claim ->
    assert claim.verdict == 'AGREE': "${claim.id} is ${claim.verdict}, not AGREE"
    assert claim.mentions.collect { it.text } == expectedMentions[claim.id]
}
true
