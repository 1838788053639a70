// After an answer is saved, the page opens at the prompt it answers, with "Saved in your journal." beside it
// (templates/courses/blocks/reflection_prompt.html). Move the keyboard there too, so a screen reader says it and the
// next Tab continues from the prompt. Without JavaScript the address's #… still scrolls to it.
(function () {
  "use strict";
  var saved = document.querySelector("[data-saved-here]");
  if (saved) {
    saved.focus();
  }
})();
