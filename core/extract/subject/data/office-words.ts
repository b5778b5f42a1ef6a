/**
 * Data, not code: words before an office that leave it an office alone ("the former head of
 * state", "the late president"): life-title-person.ts reads such a clause's subject as the
 * report's person. Lowercase; matched in any case.
 * Kept as a TypeScript module (not a .json import) because the Lambda bundler's esbuild cannot
 * parse import attributes (`with { type: "json" }`).
 */
const data = {
  beforeOffice: ["former", "late", "ex-", "ex", "then", "outgoing", "retired"],
};

export default data;
