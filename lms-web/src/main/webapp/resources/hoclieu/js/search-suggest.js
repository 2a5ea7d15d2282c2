/*
 * Suggestions as you type, for every search box that names its source (data-suggest): after 200 ms
 * without a key and from two letters on, asks /api/v1/search/suggestions and lists the answers
 * under the box (an ARIA 1.2 combobox: arrows move, Enter picks, Escape closes). Picking one
 * submits the box's form, so the search stays a plain GET link. Without JavaScript — or while
 * search is down — the box is just a box.
 *
 * Our own script rather than PrimeFaces' p:autoComplete: that one needs a Faces form and posts
 * back through Ajax, while this box lives in a GET form that must work without any script;
 * it is also served from our origin, as the Content-Security-Policy wants.
 */
(function () {
  'use strict';

  var DELAY_MS = 200;
  var MIN_CHARS = 2;

  function attach(input) {
    var source = input.getAttribute('data-suggest');
    var listId = input.id + '-suggestions';
    var list = document.createElement('ul');
    var status = document.createElement('p');
    var timer = null;
    var asked = 0; // answers to older questions arrive late on slow links: only the latest counts
    var active = -1;

    list.id = listId;
    list.className = 'hl-suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-text-suggestions') || '');
    list.hidden = true;
    status.className = 'hl-visually-hidden';
    status.setAttribute('role', 'status');
    input.insertAdjacentElement('afterend', list);
    list.insertAdjacentElement('afterend', status);
    input.parentNode.classList.add('hl-suggest-anchor');

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('aria-expanded', 'false');

    function options() {
      return list.querySelectorAll('[role=option]');
    }

    function close() {
      list.hidden = true;
      list.textContent = '';
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function show(texts) {
      close();
      if (!texts.length) {
        status.textContent = '';
        return;
      }
      texts.forEach(function (text, i) {
        var option = document.createElement('li');
        option.id = listId + '-' + i;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = text; // text, never markup: titles are written by people
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = (input.getAttribute('data-text-count') || '{0}').replace('{0}', texts.length);
    }

    function highlight(index) {
      var all = options();
      if (!all.length) {
        return;
      }
      active = (index + all.length) % all.length;
      Array.prototype.forEach.call(all, function (option, i) {
        option.setAttribute('aria-selected', i === active ? 'true' : 'false');
      });
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    }

    function pick(option) {
      input.value = option.textContent;
      close();
      if (input.form) {
        input.form.submit();
      }
    }

    function ask() {
      var words = input.value.trim();
      if (words.length < MIN_CHARS) {
        close();
        return;
      }
      var question = ++asked;
      fetch(source + '?q=' + encodeURIComponent(words), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (texts) {
          if (question === asked && document.activeElement === input) {
            show(Array.isArray(texts) ? texts : []);
          }
        })
        .catch(function () { /* offline or search down: the box still searches */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      var open = !list.hidden;
      if (event.key === 'ArrowDown' && open) {
        highlight(active + 1);
      } else if (event.key === 'ArrowUp' && open) {
        highlight(active - 1);
      } else if (event.key === 'Enter' && open && active >= 0) {
        pick(options()[active]);
      } else if (event.key === 'Escape' && open) {
        close();
      } else {
        return; // every other key (and Enter without a choice: submit) keeps its usual meaning
      }
      event.preventDefault();
    });

    // mousedown, not click: a click would first blur the box and so close the list under the finger
    list.addEventListener('mousedown', function (event) {
      var option = event.target.closest('[role=option]');
      if (option) {
        event.preventDefault();
        pick(option);
      }
    });

    input.addEventListener('blur', function () {
      clearTimeout(timer);
      asked++;
      close();
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('input[data-suggest]'), attach);
})();
