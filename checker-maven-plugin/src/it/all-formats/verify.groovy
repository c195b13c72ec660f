// -Dfactcheck.formats=all writes every report file, logs where each went, and each one parses as its format says.
// What this case expects, in one place: update it here when the core's wording changes.
def expectedWritten = [
    '[INFO] factcheck: report written to target/factcheck/report.json',
    '[INFO] factcheck: report written to target/factcheck/report.html',
    '[INFO] factcheck: report written to target/factcheck/report.sarif',
    '[INFO] factcheck: report written to target/factcheck/TEST-factcheck.xml',
    '[INFO] factcheck: report written to target/factcheck/summary.md',
]
def diverging = ['syria.death-toll', 'syria.uprising-length', 'meeting.length']

// the cache (factcheck.cache, on by default) lives beside the reports, in target/factcheck/cache
// the console report is logged as always, then one line per file written
def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] factcheck: 3 claims, 0 agree, 3 diverge (3 errors)')
def at = log.indexOf(expectedWritten[0])
assert at >= 0: "build.log has no line: ${expectedWritten[0]}"
assert log.subList(at, Math.min(log.size(), at + expectedWritten.size())) == expectedWritten

def output = new File(basedir, 'target/factcheck')
assert output.list().sort() == ['TEST-factcheck.xml', 'cache', 'report.html', 'report.json', 'report.sarif', 'summary.md']

def json = new groovy.json.JsonSlurper().parse(new File(output, 'report.json'))
assert json.schema == 'factcheck-report/1'
assert json.claims.findAll { it.verdict == 'DIVERGE' }.collect { it.id } == diverging

def sarif = new groovy.json.JsonSlurper().parse(new File(output, 'report.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1 && sarif.runs[0].tool.driver.name == 'factcheck'
assert sarif.runs[0].results.collect { it.ruleId } == diverging
assert sarif.runs[0].results.every { it.level == 'error' && it.locations.size() == 4 && it.partialFingerprints }
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'seeds/003_changed_copy_of_000.txt'

def junit = new groovy.xml.XmlSlurper().parse(new File(output, 'TEST-factcheck.xml'))
assert junit.name() == 'testsuite' && junit.@name == 'factcheck'
assert junit.@tests == '3' && junit.@failures == '3'
assert junit.testcase.collect { it.@name.toString() } == diverging
assert junit.testcase.every { it.@classname == 'rules/story.yaml' && it.failure.@type == 'DIVERGE' }

def html = new File(output, 'report.html').getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>')
diverging.each { assert html.contains("id=\"claim-${it}\" data-verdict=\"DIVERGE\"") }
assert !(html =~ /(?i)\b(src|href)\s*=\s*"(https?:)?\/\//): 'report.html loads nothing from the network'

def markdown = new File(output, 'summary.md').readLines()
assert markdown[0] == '### factcheck: 3 claims, 0 agree, 3 diverge (3 errors)'
assert markdown[2] == '| claim | verdict | message | mentions |'
assert markdown.subList(4, 7).collect { it.split(/ \| /)[0] } == diverging.collect { "| `${it}`".toString() }
true
