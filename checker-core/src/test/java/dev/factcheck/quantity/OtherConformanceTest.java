package dev.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A second conformance suite, from public projects other than the outside yardstick in {@code ../shared/conformance}:
 * test sentences of quantulum3 (MIT), text2num (MIT) and number-parser (BSD-3-Clause), with their expected
 * quantities put in factcheck's kinds and canonical units ({@code conformance-other.jsonl}, each line citing its
 * origin). A case passes when every expected quantity is read with its kind, unit and value (a range by its ends).
 */
class OtherConformanceTest {
    // Floor only goes up: it sits just below the pass rate measured when it was last raised (74/90; first run 67/90).
    // Raise it as the reading improves; never lower it, and never edit the cases to meet it.
    private static final double FLOOR = 0.82;

    @Test
    void readsOtherProjectsCasesAtLeastAtTheFloor() {
        List<QuantityCase> cases = QuantityCase.readAll("conformance-other.jsonl");
        int passed = 0;
        StringBuilder failures = new StringBuilder();

        for (QuantityCase c : cases) {
            List<Quantity> read = QuantityReader.english().read(c.text());
            if (c.isPassedBy(read)) {
                passed++;
            } else {
                failures.append("  ").append(c.describe(read)).append('\n');
            }
        }
        System.out.println("other conformance: " + passed + "/" + cases.size());
        System.out.print(failures);

        assertThat(cases).as("cases in conformance-other.jsonl").hasSizeGreaterThanOrEqualTo(60);
        assertThat((double) passed / cases.size())
                .as("other conformance pass rate, %d/%d", passed, cases.size())
                .isGreaterThanOrEqualTo(FLOOR);
    }
}
