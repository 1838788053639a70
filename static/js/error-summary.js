// The GOV.UK error pattern (templates/includes/error_summary.html): on load the keyboard goes to "There is a
// problem", so a screen reader reads the list first. Following a link there goes to the field itself and brings
// its label (or a group's question) into view with it. Without JavaScript the summary is simply first in <main>.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    var field = link && document.getElementById(link.getAttribute("href").slice(1));
    if (!field) {
      return;
    }
    event.preventDefault();
    var group = field.closest("fieldset");
    var label = group ? group.querySelector("legend") : document.querySelector("label[for='" + field.id + "']");
    (label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();
