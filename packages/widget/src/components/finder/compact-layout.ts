import { ResizeController } from "@lit-labs/observers/resize-controller.js";
import type { ReactiveControllerHost } from "lit";

/** Below this width (52rem) list and map share the space and the visitor switches between them. */
export const COMPACT_WIDTH_PX = 832;

/**
 * Whether the element is narrow (a phone, a sidebar): observed while connected, so it keeps
 * following the width after the element moves. `value` is undefined until the first measurement.
 */
export const compactLayout = (host: ReactiveControllerHost & HTMLElement) =>
  new ResizeController<boolean>(host, {
    callback: (entries) => {
      const width = entries.at(-1)?.contentRect.width ?? host.getBoundingClientRect().width;
      return width < COMPACT_WIDTH_PX;
    },
  });

/**
 * Which of list and map are shown: with view="both", a narrow finder shows one at a time (the
 * visitor switches). No map before the width is known: a phone must not load a map it hides.
 */
export function shownPanels(view: string, compact: boolean | undefined, panel: "list" | "map") {
  const both = view === "both";
  return {
    list: view === "list" || (both && (!compact || panel === "list")),
    map: compact !== undefined && (view === "map" || (both && (!compact || panel === "map"))),
  };
}
