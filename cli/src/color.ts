// Whether terminal output may be coloured, following the NO_COLOR and FORCE_COLOR conventions.

// Colour when writing to a terminal, unless NO_COLOR is set; FORCE_COLOR (other than "0") forces it on.
export function wantsColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
