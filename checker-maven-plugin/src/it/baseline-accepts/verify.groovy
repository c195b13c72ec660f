// factcheck:baseline writes an entry per diverging claim; verify with it passes and says each is accepted;
// with a baseline whose evidence no longer matches, the claim fails again.
def baseline = new File(basedir, 'accepted.yaml').text
assert baseline.startsWith('# factcheck baseline: accepted divergences.')
['syria.death-toll', 'syria.uprising-length', 'meeting.length'].each { id ->
    assert baseline.contains("  - claim: ${id}\n")
}
assert baseline.count('    reason: "corrected-later"') == 3
assert baseline.count('    expires: 2099-12-31') == 3

def log = new File(basedir, 'build.log').readLines()
assert log.contains('[INFO] factcheck: 3 accepted divergences until 2099-12-31 written to accepted.yaml')
assert log.any { it.startsWith('[INFO] seeds/003_changed_copy_of_000.txt:2:89: info: meeting.length diverges:') &&
        it.endsWith(' (accepted by the baseline until 2099-12-31: corrected-later) [meeting.length]') }
assert log.contains('[INFO] factcheck: 3 claims, 0 agree, 3 diverge, 3 accepted')
assert log.any { it.contains('meeting.length diverges:') &&
        it.contains('(the baseline accepted other evidence for this claim; it has changed since)') }
assert log.any { it.contains('factcheck: 3 claims failed the check: syria.death-toll, syria.uprising-length, meeting.length') }
assert !log.any { it =~ /^\s+at \S+\(/ || it.startsWith('Caused by:') }: 'no stack trace'
true
