// factcheck:extract in a folder without a pom.xml lists every quantity of the sources, one a line, then a summary,
// and writes the same quantities to target/factcheck/mentions.json.
// What this case expects, in one place: update it here when the core's reading changes.
import groovy.json.JsonSlurper

def expectedLines = [
    '[INFO] texts/harbour.txt:3:18: number 23 [23, null] - "at least 23"',
    '[INFO] texts/harbour.txt:3:40: date 2018-06-04 [2018-06-04, 2018-06-04] - "June 4, 2018"',
    '[INFO] texts/harbour.txt:4:20: duration 2700 [2700, 2700] s "45 minutes"',
    '[INFO] texts/harbour.txt:4:43: money 4500000 [4500000, 4500000] USD "$4.5 million"',
    '[INFO] texts/wire.txt:1:1: number null [20, 30] - "Between 20 and 30"',
    '[INFO] factcheck: 5 quantities in 2 sources',
    '[INFO] factcheck: mentions written to target/factcheck/mentions.json',
]

assert !new File(basedir, 'pom.xml').exists()
def log = new File(basedir, 'build.log').readLines()
def at = log.indexOf(expectedLines[0])
assert at >= 0: "build.log has no line: ${expectedLines[0]}"
assert log.subList(at, Math.min(log.size(), at + expectedLines.size())) == expectedLines
assert log.contains('[INFO] BUILD SUCCESS')

def mentions = new JsonSlurper().parse(new File(basedir, 'target/factcheck/mentions.json'))
assert mentions.schema == 'factcheck-mentions/1'
assert mentions.mentions.size() == 5
assert mentions.mentions[0] == [source: 'texts/harbour.txt', line: 3, column: 18, text: 'at least 23', kind: 'number',
                                value: 23, min: 23, max: null, unit: null]
assert mentions.mentions[1] == [source: 'texts/harbour.txt', line: 3, column: 40, text: 'June 4, 2018', kind: 'date',
                                value: '2018-06-04', min: '2018-06-04', max: '2018-06-04', unit: null]
assert mentions.mentions[3].unit == 'USD'
assert mentions.mentions[4] == [source: 'texts/wire.txt', line: 1, column: 1, text: 'Between 20 and 30', kind: 'number',
                                value: null, min: 20, max: 30, unit: null]
true
