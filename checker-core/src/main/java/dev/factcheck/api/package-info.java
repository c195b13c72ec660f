/** The entry point for users: load rule files, run the check, hold the result. */
package dev.factcheck.api;
