// On the host page (optional): resizes every iframe showing /embed from this script's origin.
const origin = new URL(import.meta.url).origin;
addEventListener("message", (event) => {
  if (event.origin !== origin || event.data?.type !== "kausa-embed-height") return;
  for (const frame of document.querySelectorAll("iframe")) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(event.data.height)}px`;
  }
});
