/**
 * Reading settings from environment variables, with one clear error naming the variable. A bad
 * value stops the start: a mistyped limit must not silently become the default.
 */
export function integer(value: string | undefined, name: string, fallback: number, min: number, max: number) {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
  return n;
}

export function flag(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value.trim() === "") return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`${name} must be true or false (got "${value}")`);
}
