/**
 * Reading settings from environment variables, with one clear error naming the variable. A bad
 * value stops the start: a mistyped limit must not silently become the default. Integers are
 * plain digits, optionally grouped with `_` (`100_000`); `1e4` or `0x10` are refused.
 */
export function optionalInteger(value: string | undefined, name: string, min: number, max: number) {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value.replaceAll("_", ""));
  if (!/^\s*\d[\d_]*\s*$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
  return n;
}

export function integer(value: string | undefined, name: string, fallback: number, min: number, max: number) {
  return optionalInteger(value, name, min, max) ?? fallback;
}

export function flag(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value.trim() === "") return fallback;
  if (/^\s*(1|true|yes|on)\s*$/i.test(value)) return true;
  if (/^\s*(0|false|no|off)\s*$/i.test(value)) return false;
  throw new Error(`${name} must be true or false (got "${value}")`);
}
