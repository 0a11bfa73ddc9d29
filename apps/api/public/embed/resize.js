// Inside the /embed iframe: tells the host page how tall the finder is, so the iframe can fit it.
const post = () =>
  parent.postMessage({ type: "kausa-embed-height", height: document.documentElement.scrollHeight }, "*");
new ResizeObserver(post).observe(document.body);
addEventListener("load", post);
