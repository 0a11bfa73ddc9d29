/**
 * Gives keyboard focus back after a Shoelace dialog closes. sl-dialog returns focus to
 * `document.activeElement`, which inside the app's shadow DOM is the app's host — not focusable —
 * so focus would fall to <body> and keyboard users would start over at the top (WCAG 2.4.3).
 * Here: the control that was focused when the dialog opened, or, if that is gone (the row it
 * belonged to was removed), the page's content.
 */
export function returnFocusAfterDialogs(root: Node, fallback: () => HTMLElement | null) {
  const openers = new WeakMap<EventTarget, HTMLElement | null>();
  const isDialog = (event: Event) =>
    (event.composedPath()[0] as Element | undefined)?.tagName === "SL-DIALOG";
  root.addEventListener("sl-show", (event) => {
    if (isDialog(event)) openers.set(event.composedPath()[0]!, deepActiveElement());
  });
  root.addEventListener("sl-after-hide", (event) => {
    if (!isDialog(event)) return;
    const dialog = event.composedPath()[0]!;
    const opener = openers.get(dialog);
    openers.delete(dialog);
    // Something else took focus on purpose (a result message, the next field): leave it there.
    const now = deepActiveElement();
    if (
      now &&
      now !== document.body &&
      !(now instanceof HTMLElement && now.shadowRoot && !now.shadowRoot.activeElement)
    )
      return;
    (opener?.isConnected ? opener : fallback())?.focus();
  });
}

/** The focused element, looking into shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}
