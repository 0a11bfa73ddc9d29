import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * Whether the device has a fine pointer (mouse, trackpad) — and so, most likely, a keyboard. Phones
 * and tablets without one have none: there, texts must not tell the visitor to use arrow keys.
 * Follows changes (a tablet's keyboard cover attached or taken off).
 */
export class FinePointerController implements ReactiveController {
  private readonly query = window.matchMedia("(any-pointer: fine)");
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get value(): boolean {
    return this.query.matches;
  }

  hostConnected() {
    this.query.addEventListener("change", this.onChange);
  }

  hostDisconnected() {
    this.query.removeEventListener("change", this.onChange);
  }
}
