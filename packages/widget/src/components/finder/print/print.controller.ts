import type { ReactiveController, ReactiveControllerHost } from "lit";
import { type QrCode, qrCode } from "./qr-code.ts";

/**
 * Printing the finder: before the print dialog opens, a QR code of the link to this search is
 * made for the printed summary (print-summary.template.ts). The print button waits for it; the
 * browser's own print command (Ctrl+P) cannot wait, so it gets the code if one was made before
 * and the written-out link in any case.
 */
export class PrintController implements ReactiveController {
  /** The QR code of the last link prepared; null until the first print. */
  qr: QrCode | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    /** The link that opens this search again (without the visitor's own position). */
    readonly shareUrl: () => string,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener("beforeprint", this.onBeforePrint);
  }

  hostDisconnected() {
    window.removeEventListener("beforeprint", this.onBeforePrint);
  }

  private onBeforePrint = () => void this.prepare().catch(() => {});

  /** Makes the QR code for the current link (again only when the link changed). */
  async prepare() {
    const url = this.shareUrl();
    if (this.qr?.text !== url) {
      this.qr = await qrCode(url);
      this.host.requestUpdate();
    }
    await this.host.updateComplete;
  }

  /** The print button: the QR code first (if it cannot be made, the page prints without it). */
  async print() {
    await this.prepare().catch((error: unknown) =>
      console.warn("[kausa-finder] no QR code for printing", error),
    );
    window.print();
  }
}
