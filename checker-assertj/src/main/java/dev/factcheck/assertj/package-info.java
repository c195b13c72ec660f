/**
 * AssertJ assertions on factcheck's results, for users' tests: start from {@link
 * dev.factcheck.assertj.FactCheckAssertions#assertThat(dev.factcheck.compare.CheckResult)}.
 */
package dev.factcheck.assertj;
