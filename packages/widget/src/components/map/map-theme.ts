import { html, type ReactiveController, type ReactiveControllerHost } from "lit";
import { COLORS } from "./local-style.ts";

/**
 * The marker colour follows `--kausa-primary`, the custom property the docs promise for the
 * finder's accent colour. A custom property sets no event when it changes (a theme switch on the
 * host page, a class on <html>), so a hidden probe element in the map's shadow root (see
 * `.theme-probe` in map.styles.ts) takes `color: var(--kausa-primary)` with a 1 ms transition:
 * the browser fires `transitionrun` whenever the resolved colour changes, and `getComputedStyle`
 * gives it as an `rgb()` colour MapLibre can parse. It is read again on every connect.
 */
export class ThemeController implements ReactiveController {
  /** The resolved primary colour (the default until the probe is rendered). */
  primary = COLORS.marker;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: (primary: string) => void,
  ) {
    host.addController(this);
  }

  // Transition events do not leave the shadow root: listen on it (open, created before connect).
  hostConnected() {
    this.host.shadowRoot?.addEventListener("transitionrun", this.read);
    this.host.shadowRoot?.addEventListener("transitionend", this.read);
  }

  hostDisconnected() {
    this.host.shadowRoot?.removeEventListener("transitionrun", this.read);
    this.host.shadowRoot?.removeEventListener("transitionend", this.read);
  }

  hostUpdated() {
    // After the first render (the probe exists) and on every later update, e.g. after a reconnect.
    this.read();
  }

  /** Reads the probe's colour and reports it when it changed. */
  read = () => {
    const probe = this.host.shadowRoot?.querySelector(".theme-probe");
    if (!probe?.isConnected) return;
    const color = getComputedStyle(probe).color.trim();
    if (!color || color === this.primary) return;
    this.primary = color;
    this.onChange(color);
  };
}

/** The probe in the host's template (after the map): its colour is `--kausa-primary`, resolved. */
export const themeProbe = html`<span class="theme-probe" aria-hidden="true"></span>`;
