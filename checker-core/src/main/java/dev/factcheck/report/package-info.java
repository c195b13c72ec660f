/**
 * Renders a check's result: console lines for people, report.json, report.html, SARIF, JUnit XML and a Markdown summary
 * for machines, CI servers and editors, and the quantity listing of the extract goal.
 */
package dev.factcheck.report;
