/**
 * Whether to colour what goes to stdout. The conventions users expect, in order: NO_COLOR set
 * and non-empty turns colour off (no-color.org); FORCE_COLOR turns it on ("0" or "false" off),
 * for CI logs and pagers that render it; otherwise colour only when stdout is a terminal, so a
 * redirected report is plain text even when stderr is a terminal.
 * @example useColor({ stdoutTerminal: true, env: { NO_COLOR: "1" } }) // false
 */
export function useColor(io: { stdoutTerminal?: boolean; env: Record<string, string | undefined> }): boolean {
  if (io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  return io.stdoutTerminal === true;
}
