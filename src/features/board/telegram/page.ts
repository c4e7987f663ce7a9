// The Mini App page and its script, served from our own origin (no CDN: telegram-web-app.js is
// not loaded; the script reads initData from the URL fragment Telegram opens the app with).

/** The page: a short bilingual status line the script fills in, and a fallback without JS. */
export const MINI_APP_PAGE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tablée</title>
<script src="/telegram/app.js" defer></script>
</head>
<body>
<main>
<h1>Tablée</h1>
<p id="status" role="status" aria-live="polite">Connexion… · Logging in…</p>
<noscript><p>Ouvre /tableau dans le chat pour recevoir un lien. · Send /board in the chat to get a link.</p></noscript>
</main>
</body>
</html>
`;

/**
 * The script: Telegram opens the Mini App at `…#tgWebAppData=<initData>&tgWebAppVersion=…`;
 * it posts that initData, keeps the session id for requests that need a header (cookies are
 * third-party inside web.telegram.org's iframe), then opens the board.
 */
export const MINI_APP_SCRIPT = `"use strict";
(function () {
  var status = document.getElementById("status");
  function say(text) { if (status) status.textContent = text; }
  var hash = new URLSearchParams(location.hash.slice(1));
  var initData = hash.get("tgWebAppData") || (window.Telegram && window.Telegram.WebApp && window.Telegram.WebApp.initData) || "";
  if (!initData) { say("Ouvre Tablée depuis Telegram. · Open Tablée from Telegram."); return; }
  fetch("/auth/telegram", {
    method: "POST",
    headers: { "content-type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify({ initData: initData })
  }).then(function (res) {
    if (!res.ok) return res.json().catch(function () { return {}; }).then(function (body) { throw new Error(body && body.error || String(res.status)); });
    return res.json();
  }).then(function (session) {
    try { sessionStorage.setItem("tablee_session", session.token); } catch (e) { /* storage blocked: the cookie may still work */ }
    history.replaceState(null, "", location.pathname);
    location.replace(session.next || "/");
  }).catch(function (e) {
    if (e && e.message === "replayed") say("Cette ouverture a déjà servi : ferme Tablée et rouvre-la. · This opening was already used: close Tablée and open it again.");
    else say("Connexion refusée : écris /tableau au bot pour recevoir un lien. · Login refused: send /board to the bot to get a link.");
  });
})();
`;
