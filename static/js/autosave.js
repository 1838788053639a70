// Autosave for journal writing. Without JavaScript, forms post normally and the server keeps the text on errors.
// With it, the text is saved as a draft every few seconds (with a version number, so a stale tab gets a conflict
// rather than overwriting), copied to this device, and kept on screen if the session ends.
(function () {
  "use strict";
  var DELAY = 2500;
  var RETRY = 10000;

  function csrfToken() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    if (match) { return decodeURIComponent(match[1]); }
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function setUp(form) {
    var text = form.querySelector("textarea[name=text]");
    if (!text) { return; }
    var title = form.querySelector("input[name=title]");
    var status = form.querySelector("[data-autosave-status]");
    var key = form.getAttribute("data-draft-key");
    var url = form.getAttribute("data-autosave-url");
    var version = parseInt(form.getAttribute("data-draft-version"), 10) || 0;
    var storageKey = "colearn:draft:" + key;
    var timer = null;
    var lastSent = text.value + "\u0000" + (title ? title.value : "");
    var conflictBox = null;

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
      try { localStorage.setItem(storageKey, JSON.stringify(current())); } catch (e) { /* private mode: no copy */ }
    }

    function restoreFromDevice() {
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
            version = data.version; lastSent = signature;
            say("Draft saved at " + new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" }) + ".");
          });
        }
        if (response.status === 409) {
          return response.json().then(function (data) { showConflict(data); });
        }
        if (response.status === 401 || response.status === 403) {
          say("You have been signed out. Your text is safe on this page and on this device. " +
              "Sign in again in another tab and we will carry on saving.");
          offerSignIn();
          window.setTimeout(function () { save(true); }, RETRY);
          return null;
        }
        return response.json().then(function (data) { say(data.message || "This draft could not be saved."); });
      }).catch(function () {
        say("Could not save just now – perhaps the connection dropped. Your text is kept on this device; we will try again.");
        window.setTimeout(function () { save(true); }, RETRY);
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
      try { localStorage.removeItem(storageKey); } catch (e) { /* nothing kept */ }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[data-autosave]"), setUp);
}());
