import * as iam from "aws-cdk-lib/aws-iam";
import type { Stack, Table } from "sst/constructs";
import { secretParameterName, secretParameterVariable, type SecretName } from "./Secrets.js";

/** What a function may do to the claims table, split by the resources each action addresses. */
export interface TableActions {
  /** Actions on items of the base table (GetItem, PutItem, BatchWriteItem, ...). */
  readonly items: readonly string[];
  /** Whether the function queries (the table's item collections and every index). */
  readonly query: boolean;
  /** The indexes the function may Scan, by name; the base table itself is never scanned. */
  readonly scanIndexes: readonly string[];
}

/**
 * Exact table permissions for one function. Written out instead of SST's `bind`/`permissions:
 * [table]`, which both grant `dynamodb:*` on the table and its indexes.
 *
 * @example
 * permissions: tableAccess(table, { items: ["dynamodb:GetItem"], query: true, scanIndexes: [] })
 */
export function tableAccess(table: Table, actions: TableActions): iam.PolicyStatement[] {
  const statements = [
    new iam.PolicyStatement({ sid: "ClaimsItems", actions: [...actions.items], resources: [table.tableArn] }),
  ];
  if (actions.query) {
    statements.push(
      new iam.PolicyStatement({
        sid: "ClaimsQuery",
        actions: ["dynamodb:Query"],
        resources: [table.tableArn, `${table.tableArn}/index/*`],
      }),
    );
  }
  if (actions.scanIndexes.length > 0) {
    statements.push(
      new iam.PolicyStatement({
        sid: "ClaimsScan",
        actions: ["dynamodb:Scan"],
        resources: actions.scanIndexes.map((index) => `${table.tableArn}/index/${index}`),
      }),
    );
  }
  return statements;
}

/**
 * Where a function finds its secrets (`<NAME>_PARAM` environment variables holding SSM parameter
 * names) and the permission to read exactly those parameters, nothing else under /sst/.
 * GetParameter serves a single read (Powertools `getParameter`), GetParameters a batched one
 * (`getParametersByName`); both are limited to the same parameters.
 *
 * @example
 * const api = secretAccess(stack, ["CLAIMCHECK_API_KEYS"]);
 * new Function(stack, "Api", { environment: api.environment, permissions: [api.statement] });
 */
export function secretAccess(
  stack: Stack,
  names: readonly SecretName[],
): { environment: Record<string, string>; statement: iam.PolicyStatement } {
  const environment = Object.fromEntries(
    names.map((name) => [secretParameterVariable(name), secretParameterName(name)]),
  );
  const statement = new iam.PolicyStatement({
    sid: "ClaimcheckSecrets",
    actions: ["ssm:GetParameter", "ssm:GetParameters"],
    resources: names.map(
      (name) => `arn:${stack.partition}:ssm:${stack.region}:${stack.account}:parameter${secretParameterName(name)}`,
    ),
  });
  return { environment, statement };
}

/**
 * Everything a claimcheck function is given to reach its data: the table's name and its
 * secrets' parameter names in the environment, and permission for exactly those table actions
 * and parameters.
 * @example new Function(stack, "Api", { ...LAMBDA_BASE, ...functionAccess(stack, table, API_TABLE_ACTIONS, API_SECRETS) });
 */
export function functionAccess(
  stack: Stack,
  table: Table,
  actions: TableActions,
  secretNames: readonly SecretName[],
): { environment: Record<string, string>; permissions: iam.PolicyStatement[] } {
  const secrets = secretAccess(stack, secretNames);
  return {
    environment: { CLAIMCHECK_TABLE: table.tableName, ...secrets.environment },
    permissions: [...tableAccess(table, actions), secrets.statement],
  };
}
