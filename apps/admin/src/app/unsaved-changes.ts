/**
 * Forms register here while they hold changes that are not saved. Leaving the app (reload,
 * closing the tab) then asks the browser's own question; following an in-app link asks ours.
 * Nothing is lost by a slip of the hand.
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

/** Installed once by the app: the browser's "leave page?" prompt while anything is unsaved. */
export function guardPageUnload() {
  window.addEventListener("beforeunload", (event) => {
    if (unsavedChanges.any) event.preventDefault();
  });
}

/**
 * Asks before an in-app link click discards unsaved changes. Runs in the capture phase, before
 * the router's own listener, and cancels the click when the editor wants to stay.
 */
export function guardLinkClicks(question: () => string) {
  window.addEventListener(
    "click",
    (event) => {
      if (!unsavedChanges.any || event.defaultPrevented || event.button !== 0) return;
      const anchor = event.composedPath().find((n) => (n as Element).tagName === "A") as
        | HTMLAnchorElement
        | undefined;
      if (!anchor || anchor.target || anchor.origin !== location.origin || anchor.hasAttribute("download"))
        return;
      if (anchor.href === location.href) return;
      if (window.confirm(question())) unsavedChanges.clear();
      else {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    { capture: true },
  );
}
