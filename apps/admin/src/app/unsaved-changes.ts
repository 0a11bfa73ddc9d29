/**
 * Forms register here while they hold changes that are not saved. Leaving the app (reload,
 * closing the tab) then asks the browser's own question; following an in-app link, going back or
 * forward in the history, or logging out asks ours. Nothing is lost by a slip of the hand.
 */
const dirty = new Set<object>();

export const unsavedChanges = {
  mark(owner: object, isDirty: boolean) {
    if (isDirty) dirty.add(owner);
    else dirty.delete(owner);
  },
  get any() {
    return dirty.size > 0;
  },
  clear() {
    dirty.clear();
  },
};

/** True when nothing is unsaved, or the editor agrees to drop it (then the marks are cleared). */
export function mayDiscard(question: string): boolean {
  if (!unsavedChanges.any) return true;
  if (!window.confirm(question)) return false;
  unsavedChanges.clear();
  return true;
}

let installed = false;

/**
 * Installed once by the app:
 * - the browser's "leave page?" prompt while anything is unsaved;
 * - our question before an in-app link click discards changes (capture phase, before the
 *   router's listener; a click that opens a new tab or window leaves this page alone);
 * - our question on Back/Forward: at-target capture listeners run before the router's
 *   popstate listener, and staying puts the left address back.
 */
export function guardUnsavedChanges(question: () => string) {
  if (installed) return;
  installed = true;
  let shownUrl = location.href;
  window.addEventListener("beforeunload", (event) => {
    if (unsavedChanges.any) event.preventDefault();
  });
  window.addEventListener(
    "click",
    (event) => {
      if (!unsavedChanges.any || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.composedPath().find((n) => (n as Element).tagName === "A") as
        | HTMLAnchorElement
        | undefined;
      if (!anchor || anchor.target || anchor.origin !== location.origin || anchor.hasAttribute("download"))
        return;
      if (anchor.href === location.href) return;
      if (!mayDiscard(question())) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    { capture: true },
  );
  window.addEventListener(
    "popstate",
    (event) => {
      if (mayDiscard(question())) {
        shownUrl = location.href;
        return;
      }
      event.stopImmediatePropagation();
      history.pushState({}, "", shownUrl);
    },
    { capture: true },
  );
  // Every other way the address changes (links, navigate()) goes through pushState/replaceState.
  for (const method of ["pushState", "replaceState"] as const) {
    const original = history[method].bind(history);
    history[method] = (...args: Parameters<History["pushState"]>) => {
      original(...args);
      shownUrl = location.href;
    };
  }
}
