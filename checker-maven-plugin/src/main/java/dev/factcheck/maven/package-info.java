/**
 * The Maven build gate: reads the plugin's configuration, runs the core, logs its report and maps the result to a
 * build outcome. No checking logic lives here.
 */
package dev.factcheck.maven;
