/** JUnit 5 dynamic tests from rule files, one per claim, for users' tests: see {@link dev.factcheck.junit.FactCheckTests}. */
package dev.factcheck.junit;
