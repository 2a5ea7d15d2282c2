/*
 * TeX in quiz questions — inline \( … \), display \[ … \] and $$ … $$ — typeset by KaTeX, which
 * our own WAR serves (/webjars/katex/…, the base in a data-katex attribute). Pupils are on slow
 * links: KaTeX's CSS and script (≈ 300 KB) are fetched only once something on the page holds TeX.
 *
 * Containers marked data-math are watched (quiz-taker.js renders questions and reviews later);
 * inside them only question texts are typeset — stems, options, feedback and elements marked
 * data-math-text — never what a pupil typed (boxes, and typed answers in a review, are not among
 * them). MathML needs nothing: browsers show it.
 */
(function () {
  'use strict';

  var TEX = /\\\(|\\\[|\$\$/;
  var TEXTS = '.hl-stem, .hl-choice, .hl-match-left, .hl-order-text, .hl-option, [data-math-text]';
  var DELIMITERS = [
    { left: '$$', right: '$$', display: true },
    { left: '\\[', right: '\\]', display: true },
    { left: '\\(', right: '\\)', display: false }
  ];
  var loading = null;

  function base() {
    var marked = document.querySelector('[data-katex]');
    return marked ? marked.getAttribute('data-katex') : '/webjars/katex/0.16.4/dist/';
  }

  function script(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function katex() {
    if (!loading) {
      var css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = base() + 'katex.min.css';
      document.head.appendChild(css);
      loading = script(base() + 'katex.min.js').then(function () { return script(base() + 'contrib/auto-render.min.js'); });
    }
    return loading;
  }

  function typeset(container) {
    var texts = Array.prototype.filter.call(container.querySelectorAll(TEXTS), function (e) {
      return TEX.test(e.textContent);
    });
    if (container.matches(TEXTS) && TEX.test(container.textContent)) {
      texts.push(container);
    }
    if (!texts.length) {
      return;
    }
    katex().then(function () {
      texts.forEach(function (e) {
        // a formula with a typo shows its source in red instead of breaking the question
        window.renderMathInElement(e, { delimiters: DELIMITERS, throwOnError: false });
      });
    }, function () { /* offline: the TeX stays readable as text */ });
  }

  function watch(container) {
    var queued = false;
    typeset(container);
    new MutationObserver(function (mutations) {
      // texts that change every second (the timer, save states) add no elements: nothing new to typeset
      var added = mutations.some(function (m) {
        return Array.prototype.some.call(m.addedNodes, function (n) { return n.nodeType === 1; });
      });
      if (added && !queued) {
        queued = true;
        setTimeout(function () {
          queued = false;
          typeset(container);
        }, 0);
      }
    }).observe(container, { childList: true, subtree: true });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-math]'), watch);
})();
