/**
 * The version `claimcheck --version` prints: a constant, so printing it loads nothing else.
 * tests/cli/usage.test.ts holds it equal to package.json's.
 */
export const VERSION = "0.1.0";
