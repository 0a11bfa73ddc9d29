/**
 * What was just decided on the item page, told once on the queue the editor returns to: the
 * work goes on with the next item, and the result is still announced. Kept in this module
 * (both pages live in the same app session), read once.
 */
let pending: string | null = null;

export const decisionNotice = {
  set(text: string) {
    pending = text;
  },
  /** The notice, and forgets it: shown once. */
  take(): string | null {
    const text = pending;
    pending = null;
    return text;
  },
};
