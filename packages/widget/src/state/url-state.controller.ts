import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { FinderState } from "./finder-state.ts";
import { readUrlState, writeUrlState } from "./url-state.ts";

interface Options {
  /** False when the embedder keeps the state out of the page URL (url-state="off"). */
  enabled: () => boolean;
  state: () => FinderState;
  /** Receives what the page URL says, on every connect. */
  restore: (fromUrl: Partial<FinderState>) => void;
}

/** The finder's state in the host page's URL: read on connect, written after every update. */
export class UrlStateController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: Options,
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.options.enabled()) this.options.restore(readUrlState(location.search));
  }

  hostUpdated() {
    if (!this.options.enabled()) return;
    const search = writeUrlState(location.search, this.options.state());
    if (search !== location.search)
      history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  }
}
