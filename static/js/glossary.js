// A word linked to the glossary opens its plain definition right after it. Without JavaScript the word is a link
// to the same definition in "Words used in this lesson" at the end of the page (courses/glossary.py).
(function () {
  "use strict";
  var links = document.querySelectorAll("a[data-glossary-term]");

  function setOpen(button, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    document.getElementById(button.getAttribute("aria-controls")).hidden = !open;
  }

  Array.prototype.forEach.call(links, function (link, index) {
    var source = document.getElementById(link.getAttribute("data-glossary-term"));
    if (!source) { return; }
    var button = document.createElement("button");
    var definition = document.createElement("span");
    var id = "glossary-in-place-" + (index + 1);
    button.type = "button";
    button.className = "glossary-term";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", id);
    while (link.firstChild) { button.appendChild(link.firstChild); }
    var hint = document.createElement("span");
    hint.className = "visually-hidden";
    hint.textContent = " (what this means)";
    button.appendChild(hint);
    definition.id = id;
    definition.className = "glossary-definition";
    definition.hidden = true;
    definition.textContent = source.textContent;
    link.parentNode.insertBefore(definition, link.nextSibling);
    link.parentNode.replaceChild(button, link);
    button.addEventListener("click", function () {
      setOpen(button, button.getAttribute("aria-expanded") !== "true");
    });
  });

  // Escape closes the definition the keyboard is on, and leaves focus on its word.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !document.activeElement) { return; }
    var button = document.activeElement.closest("button.glossary-term");
    if (button && button.getAttribute("aria-expanded") === "true") {
      setOpen(button, false);
      button.focus();
    }
  });
})();
