// Autosave for journal writing. Without JavaScript, forms post normally and the server keeps the text on errors.
// With it, the text is saved as a draft every few seconds (with a version number, so a stale tab gets a conflict
// rather than overwriting), copied to this device, and kept on screen if the session ends.
// The copy on this device is tied to the person (data-person on <body>, an opaque value from the server), so on a
// shared computer the next person never sees it; session.js removes other people's copies and clears all at sign-out.
(function () {
  "use strict";
  var DELAY = 2500;
  var RETRY = 10000;

  // session.js (on every page, loaded first) reads the freshest token; the form's own is the fallback.
  function csrfToken() {
    if (window.colearnCsrfToken) { return window.colearnCsrfToken(); }
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  var KEPT = "Your text is safe on this page and on this device.";
  var SIGNED_OUT = "You have been signed out. " + KEPT + " Sign in again in another tab and we will carry on saving.";
  var TOKEN_EXPIRED = "This page has been open a long time, so your draft could not be saved. " + KEPT +
    " Sign in again in another tab and we will carry on saving.";
  var TOO_OFTEN = "Saving is paused for a moment. " + KEPT + " We will try again shortly.";
  var BUSY = "The site is busy just now, so your draft was not saved. " + KEPT + " We will try again shortly.";
  var BROKEN = "Something went wrong on our side, so your draft was not saved. " + KEPT + " We will try again shortly.";

  function readJson(response) { return response.json().catch(function () { return {}; }); }

  // The server counted this save as activity: session.js starts its idle countdown again.
  function activity() {
    try { document.dispatchEvent(new CustomEvent("colearn:activity")); } catch (e) { /* old browser: no warning */ }
  }

  function setUp(form) {
    var text = form.querySelector("textarea[name=text]");
    if (!text) { return; }
    var title = form.querySelector("input[name=title]");
    var status = form.querySelector("[data-autosave-status]");
    var key = form.getAttribute("data-draft-key");
    var url = form.getAttribute("data-autosave-url");
    var version = parseInt(form.getAttribute("data-draft-version"), 10) || 0;
    var person = document.body.getAttribute("data-person") || "";
    var storageKey = person ? "colearn:draft:" + person + ":" + key : "";
    var timer = null;
    var lastSent = text.value + "\u0000" + (title ? title.value : "");
    var conflictBox = null;
    var retryTimer = null;

    function say(message) { if (status && status.textContent !== message) { status.textContent = message; } }
    function offerSignIn() {
      if (!status || status.querySelector("a")) { return; }
      var link = document.createElement("a");
      link.href = "/accounts/login/";
      link.target = "_blank";
      link.rel = "noopener";
      link.textContent = "Sign in (opens in a new tab)";
      status.append(" ", link);
    }
    function current() { return { title: title ? title.value : "", text: text.value }; }

    function keepOnDevice() {
      if (!storageKey) { return; }
      try { localStorage.setItem(storageKey, JSON.stringify(current())); } catch (e) { /* private mode: no copy */ }
    }

    function restoreFromDevice() {
      if (!storageKey) { return; }
      try {
        var saved = JSON.parse(localStorage.getItem(storageKey) || "null");
        if (saved && saved.text && !text.value.trim()) {
          text.value = saved.text;
          if (title && saved.title) { title.value = saved.title; }
          say("We brought back text you wrote on this device that had not been saved.");
        }
      } catch (e) { /* nothing to restore */ }
    }

    function showConflict(other) {
      if (conflictBox) { conflictBox.remove(); }
      conflictBox = document.createElement("div");
      conflictBox.className = "notice conflict";
      conflictBox.setAttribute("role", "alert");
      var heading = document.createElement("h2");
      heading.textContent = "This was changed in another tab or window";
      var intro = document.createElement("p");
      intro.textContent = "Both versions are kept until you choose. Your version is in the box; the other is here:";
      var theirs = document.createElement("blockquote");
      theirs.className = "conflict__other";
      theirs.textContent = other.text || "(empty)";
      var keepMine = document.createElement("button");
      keepMine.type = "button";
      keepMine.className = "button";
      keepMine.textContent = "Keep my version";
      var useOther = document.createElement("button");
      useOther.type = "button";
      useOther.className = "button button--secondary";
      useOther.textContent = "Use the other version";
      keepMine.addEventListener("click", function () {
        version = other.version; conflictBox.remove(); conflictBox = null; save(true); text.focus();
      });
      useOther.addEventListener("click", function () {
        version = other.version; text.value = other.text; if (title) { title.value = other.title; }
        lastSent = text.value + "\u0000" + (title ? title.value : "");
        conflictBox.remove(); conflictBox = null; keepOnDevice(); say("Now showing the other version."); text.focus();
      });
      conflictBox.append(heading, intro, theirs, keepMine, useOther);
      form.insertBefore(conflictBox, form.firstChild.nextSibling);
    }

    function retryLater(ms) {
      keepOnDevice();
      window.clearTimeout(retryTimer);
      retryTimer = window.setTimeout(function () { save(true); }, ms);
    }

    function save(force) {
      var now = current();
      var signature = now.text + "\u0000" + now.title;
      if (!force && signature === lastSent) { return; }
      if (conflictBox) { return; }
      var body = new FormData();
      body.append("key", key);
      body.append("title", now.title);
      body.append("text", now.text);
      body.append("version", String(version));
      fetch(url, {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "Accept": "application/json", "X-CSRFToken": csrfToken() }
      }).then(function (response) {
        if (response.status === 200) {
          return response.json().then(function (data) {
            version = data.version; lastSent = signature; activity();
            say("Draft saved at " + new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" }) + ".");
          });
        }
        if (response.status === 409) {
          activity();
          return response.json().then(function (data) { showConflict(data); });
        }
        if (response.status === 400) {
          return readJson(response).then(function (data) { say(data.message || "This draft could not be saved."); });
        }
        // Every other answer (signed out, an expired security token, too many saves, a server error, the site busy
        // or away, even an HTML page from a proxy) leaves the text where it is, on screen and on this device.
        var retry = RETRY;
        var seconds = parseInt(response.headers.get("Retry-After"), 10);
        if (seconds > 0) { retry = Math.min(seconds, 120) * 1000; }
        retryLater(retry);
        if (response.status === 401 || response.status === 403) {
          say(response.status === 401 ? SIGNED_OUT : TOKEN_EXPIRED);
          offerSignIn();
          return null;
        }
        say(response.status === 429 ? TOO_OFTEN : response.status === 503 ? BUSY : BROKEN);
        return null;
      }).catch(function () {
        say("Could not save just now – perhaps the connection dropped. Your text is kept on this device; we will try again.");
        retryLater(RETRY);
      });
    }

    restoreFromDevice();
    function changed() {
      keepOnDevice();
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { save(false); }, DELAY);
    }
    text.addEventListener("input", changed);
    if (title) { title.addEventListener("input", changed); }
    form.addEventListener("submit", function () {
      window.clearTimeout(timer);
      // After signing in again in another tab the security token has changed: send the current one.
      var field = form.querySelector("input[name=csrfmiddlewaretoken]");
      var fresh = csrfToken();
      if (field && fresh) { field.value = fresh; }
      if (storageKey) {
        try { localStorage.removeItem(storageKey); } catch (e) { /* nothing kept */ }
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-autosave]"), setUp);
}());
