// Shared computers. Loaded on every page (templates/base.html). Without JavaScript nothing
// here is needed: the server ends an idle session by itself and the sign-out answer clears the site's storage.
//  1. Copies of unsaved writing kept on this device (autosave.js) belong to one person: on each page, remove every
//     "colearn:" key that is not this person's, and remove them all when the person signs out.
//  2. A session without "Keep me signed in" ends after a while with nothing happening. Two minutes before, say so
//     and offer "Stay signed in" (WCAG 2.2.1); if nothing is done, say they were signed out. What is typed on the
//     page is never touched.
(function () {
  "use strict";
  var PREFIX = "colearn:";
  var body = document.body;
  var person = body.getAttribute("data-person") || "";

  // The security token for scripts' posts (autosave.js uses it too). The page names the cookie (it is
  // __Host-csrftoken in production): the cookie holds the token renewed by signing in again in another tab; the
  // page's own token is the fallback.
  function csrfToken() {
    var meta = document.querySelector("meta[name=csrf-token]");
    var name = meta ? meta.getAttribute("data-cookie") : "";
    var cookies = document.cookie ? document.cookie.split(/;\s*/) : [];
    for (var i = 0; name && i < cookies.length; i += 1) {
      if (cookies[i].slice(0, name.length + 1) === name + "=") { return decodeURIComponent(cookies[i].slice(name.length + 1)); }
    }
    if (meta && meta.content) { return meta.content; }
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }
  window.colearnCsrfToken = csrfToken;

  function forgetOnDevice(keepPrefix) {
    var store;
    try { store = window.localStorage; } catch (e) { return; }
    if (!store) { return; }
    for (var i = store.length - 1; i >= 0; i -= 1) {
      var name = store.key(i);
      if (name && name.indexOf(PREFIX) === 0 && !(keepPrefix && name.indexOf(keepPrefix) === 0)) {
        store.removeItem(name);
      }
    }
  }

  // Signed out (by the button, an idle time-out or a closed browser): nobody's unsaved words stay on this device.
  if (!person) { forgetOnDevice(""); return; }
  forgetOnDevice(PREFIX + "draft:" + person + ":");
  Array.prototype.forEach.call(document.querySelectorAll("form[data-sign-out]"), function (form) {
    form.addEventListener("submit", function () { forgetOnDevice(""); });
  });

  var url = body.getAttribute("data-session-url");
  var secondsLeft = parseInt(body.getAttribute("data-session-seconds"), 10);
  var warnBefore = parseInt(body.getAttribute("data-session-warning"), 10) || 120;
  if (!url || isNaN(secondsLeft)) { return; }  // "Keep me signed in": no idle limit

  var timer = null;
  var box = null;
  var returnFocus = null;

  // As in autosave.js: the page names the cookie (__Host-csrftoken in production), the page's token is the fallback.
  function ask(method) {
    var headers = { "Accept": "application/json" };
    if (method === "POST") { headers["X-CSRFToken"] = csrfToken(); }
    return fetch(url, { method: method, credentials: "same-origin", headers: headers }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        data.status = response.status;
        if (response.status === 401) { data.signed_in = false; }
        return data;
      });
    });
  }

  function schedule(left) {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, Math.max(0, left - warnBefore) * 1000);
  }

  // Another tab may have kept the session going: ask the server (asking does not count as activity).
  function check() {
    ask("GET").then(function (data) {
      if (data.signed_in === false) { signedOut(); return; }
      if (typeof data.seconds_left !== "number") { removeBox(); return; }
      if (data.seconds_left > warnBefore + 2) { removeBox(); schedule(data.seconds_left); return; }
      warn(data.seconds_left);
    }).catch(function () { warn(warnBefore); });
  }

  function when(seconds) {
    var minutes = Math.round(seconds / 60);
    if (minutes < 1) { return "in less than a minute"; }
    return "in about " + minutes + " minute" + (minutes === 1 ? "" : "s");
  }

  function makeBox(role, headingText, paragraphText) {
    removeBox();
    box = document.createElement("div");
    box.className = "notice session-notice";
    box.setAttribute("role", role);
    box.setAttribute("tabindex", "-1");
    box.setAttribute("aria-labelledby", "session-notice-heading");
    box.setAttribute("aria-describedby", "session-notice-text");
    var heading = document.createElement("h2");
    heading.id = "session-notice-heading";
    heading.textContent = headingText;
    var paragraph = document.createElement("p");
    paragraph.id = "session-notice-text";
    paragraph.textContent = paragraphText;
    box.append(heading, paragraph);
    var main = document.getElementById("main") || body;
    main.insertBefore(box, main.firstChild);
    return box;
  }

  function removeBox() {
    if (box) { box.remove(); box = null; }
  }

  function warn(left) {
    if (!box || box.getAttribute("role") !== "alertdialog") {
      returnFocus = document.activeElement;
      makeBox(
        "alertdialog",
        "You will be signed out soon",
        "Nothing has happened here for a while. To keep your account private on a shared computer, we will sign " +
          "you out " + when(left) + ". Anything you have typed stays on this page."
      );
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button";
      button.textContent = "Stay signed in";
      button.addEventListener("click", stay);
      box.append(button);
      button.focus();
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(check, (left + 1) * 1000);
  }

  function stay() {
    ask("POST").then(function (data) {
      if (data.signed_in === false) { signedOut(); return; }
      if (data.status !== 200) { throw new Error("not kept"); }
      removeBox();
      announce("You are still signed in.");
      if (returnFocus && document.body.contains(returnFocus)) { returnFocus.focus(); }
      if (typeof data.seconds_left === "number") { schedule(data.seconds_left); }
    }).catch(function () {
      announce("We could not reach the site just now. Anything you have typed stays on this page. Try again.");
    });
  }

  function announce(message) {
    var region = document.getElementById("session-status");
    if (!region) {
      region = document.createElement("p");
      region.id = "session-status";
      region.className = "visually-hidden";
      region.setAttribute("role", "status");
      body.append(region);
    }
    region.textContent = message;
  }

  function signedOut() {
    window.clearTimeout(timer);
    makeBox(
      "alert",
      "You have been signed out",
      "Nothing happened here for a while, so we signed you out to keep your account private. Anything you typed " +
        "is still on this page."
    );
    var link = document.createElement("a");
    link.href = "/accounts/login/";
    link.target = "_blank";
    link.rel = "noopener";
    link.textContent = "Sign in again (opens in a new tab)";
    var line = document.createElement("p");
    line.append(link);
    box.append(line);
    box.focus();
  }

  document.addEventListener("colearn:activity", function () {
    if (!box || box.getAttribute("role") !== "alert") { removeBox(); schedule(parseInt(body.getAttribute("data-session-seconds"), 10)); }
  });
  schedule(secondsLeft);
}());
