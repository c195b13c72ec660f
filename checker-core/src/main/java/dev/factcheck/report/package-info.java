/** Renders a check's result for people (console lines) and for machines (report.json). */
package dev.factcheck.report;
