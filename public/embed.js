// Resizes briefing embeds to their content. Load it from the briefing's own
// origin, next to the iframe (the snippet from "Embed this view" does):
//   <iframe src="https://…/embed/?…" data-briefing-embed …></iframe>
//   <script src="https://…/embed.js" async></script>
// The frame posts { type: "briefing:height", height } on load and on every size
// change. Only messages from one of this page's briefing iframes, sent from the
// briefing's origin, are taken. Without this script the iframe keeps its height.
(() => {
  const script = document.currentScript;
  if (!script || window.__briefingEmbed) return;
  window.__briefingEmbed = true;
  const origin = new URL(script.src).origin;
  addEventListener('message', (event) => {
    if (event.origin !== origin) return;
    const data = event.data;
    if (!data || data.type !== 'briefing:height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height < 50 || height > 100000) return;
    for (const frame of document.querySelectorAll('iframe[data-briefing-embed]')) {
      if (frame.contentWindow === event.source) {
        frame.style.height = `${Math.ceil(height)}px`;
        return;
      }
    }
  });
})();
