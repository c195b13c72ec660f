// The diverging set with failOn=none: every divergence is still reported, and the build passes.
// What this case expects, in one place: update it here when the core's wording changes.
def expectedReport = '''\
[ERROR] seeds/003_changed_copy_of_000.txt:5:188: error: syria.death-toll diverges: 'about 19,000' (17,100 to 20,900) cannot be true with 'at least 23,000' (23,000 or more) at seeds/000_467d30aa3cf9fbd8.txt:5:188 [syria.death-toll]
[ERROR]     seeds/000_467d30aa3cf9fbd8.txt:5:188: 'at least 23,000' = 23,000 or more  <- conflicts
[ERROR]     seeds/001_7d04d338c35cf0d2.txt:27:81: 'at least 23,000' = 23,000 or more  <- conflicts
[ERROR]     seeds/002_5034644849f90e86.txt:9:156: 'at least 23,000' = 23,000 or more  <- conflicts
[ERROR]     seeds/003_changed_copy_of_000.txt:5:188: 'about 19,000' = 17,100 to 20,900  <- conflicts
[ERROR] seeds/003_changed_copy_of_000.txt:5:156: error: syria.uprising-length diverges: '30-month' (78,892,380 s (2.5 years)) cannot be true with '18-month' (47,335,428 s (1.5 years)) at seeds/000_467d30aa3cf9fbd8.txt:5:156 [syria.uprising-length]
[ERROR]     seeds/000_467d30aa3cf9fbd8.txt:5:156: '18-month' = 47,335,428 s (1.5 years)  <- conflicts
[ERROR]     seeds/001_7d04d338c35cf0d2.txt:27:49: '18-month' = 47,335,428 s (1.5 years)  <- conflicts
[ERROR]     seeds/002_5034644849f90e86.txt:9:124: '18-month' = 47,335,428 s (1.5 years)  <- conflicts
[ERROR]     seeds/003_changed_copy_of_000.txt:5:156: '30-month' = 78,892,380 s (2.5 years)  <- conflicts
[ERROR] seeds/003_changed_copy_of_000.txt:2:89: error: meeting.length diverges: '20-minute' (1,200 s (20 minutes)) cannot be true with '55-minute' (3,300 s (55 minutes)) at seeds/000_467d30aa3cf9fbd8.txt:2:89 [meeting.length]
[ERROR]     seeds/000_467d30aa3cf9fbd8.txt:2:89: '55-minute' = 3,300 s (55 minutes)  <- conflicts
[ERROR]     seeds/001_7d04d338c35cf0d2.txt:13:25: 'close to an hour' = 3,240 to 3,600 s (54 to 60 minutes)  <- conflicts
[ERROR]     seeds/002_5034644849f90e86.txt:13:46: '55-minute' = 3,300 s (55 minutes)  <- conflicts
[ERROR]     seeds/003_changed_copy_of_000.txt:2:89: '20-minute' = 1,200 s (20 minutes)  <- conflicts
[INFO] factcheck: 3 claims, 0 agree, 3 diverge (3 errors)
[INFO] factcheck: report written to target/factcheck/report.json'''

// The report must stand in the log as one block, line for line.
def log = new File(basedir, 'build.log').readLines()
def reportLines = expectedReport.readLines()
def at = log.indexOf(reportLines[0])
assert at >= 0: "build.log has no line: ${reportLines[0]}"
assert log.subList(at, Math.min(log.size(), at + reportLines.size())) == reportLines

assert log.contains('[INFO] BUILD SUCCESS')
assert !log.any { it.contains('failed the check') }

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/factcheck/report.json'))
assert report.claims.every { it.verdict == 'DIVERGE' }
true
