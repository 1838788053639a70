// "Mark as done" without a page reload. Without JavaScript the form posts and the page reloads: same result.
(function () {
  "use strict";
  var form = document.querySelector("[data-done-form]");
  if (!form || !window.fetch) { return; }
  var status = document.querySelector("[data-done-status]");
  var progress = document.querySelector("[data-done-progress]");
  var live = document.querySelector("[data-done-live]");
  var button = form.querySelector("button");
  var field = form.querySelector("input[name=done]");
  // Not button.disabled while saving: disabling the focused button drops keyboard focus to the page.
  var busy = false;

  function show(done) {
    field.value = done ? "no" : "yes";
    button.textContent = done ? "Mark as not done" : "Mark as done";
    button.classList.toggle("button--secondary", done);
    status.textContent = done ? "You have marked this lesson as done." : "When you have finished this lesson, mark it as done.";
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (busy) { return; }
    busy = true;
    button.setAttribute("aria-disabled", "true");
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (result) {
      if (!result.ok) { throw new Error(result.data.message || "not saved"); }
      show(result.data.done);
      progress.textContent = result.data.progress + " in this course";
      live.textContent = result.data.message + " " + result.data.progress + ".";
    }).catch(function () {
      // Fall back to an ordinary form post: it explains any problem on a full page.
      form.submit();
    }).then(function () {
      busy = false;
      button.removeAttribute("aria-disabled");
    });
  });
}());
