/** Decides per claim whether its mentions agree or diverge, with the evidence: the result types users hold. */
package dev.factcheck.compare;
