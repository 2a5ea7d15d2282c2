/*
 * Taking a quiz on a shared phone over a slow or dropping link (app/quiz.xhtml). The attempt comes
 * from the API (POST /quizzes/{id}/attempts starts or resumes it) and is rendered here; every
 * answer is saved on its own when it changes (PUT /attempts/{id}/answers/{slot}: the version it
 * was made from and a fresh random save id, so a resend after a lost reply is recognised).
 *
 * A save that cannot reach the server is kept in localStorage (latest per attempt and slot) and
 * sent again on the `online` event and by a retry timer with backoff; a reloaded page sends what
 * it kept before anything else. The timer counts down from the server's remainingSeconds (on a
 * monotonic clock, re-synced by a light poll), never from the device's wall clock.
 *
 * Our own small script (no framework, nothing from a CDN): texts come from the page's bundle
 * through data-text-* attributes; stems and options arrive sanitized by the server and are shown
 * as HTML (MathML, repository images, audio and video included; math.js typesets their TeX).
 */
(function () {
  'use strict';

  var TYPING_MS = 800;
  var RETRY_SECONDS = [2, 4, 8, 15];
  var POLL_MS = 30000;
  var AFTER_END_POLL_MS = 5000;
  var REQUEST_TIMEOUT_MS = 20000;
  var STORE = 'hoclieu.quiz:';

  var root = document.getElementById('quiz-taker');
  if (!root) {
    return;
  }
  var api = root.getAttribute('data-api');
  var quizId = root.getAttribute('data-quiz');
  var language = document.documentElement.lang || 'vi';
  var numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  var startButton = document.getElementById('quiz-start');
  var globalState = document.getElementById('quiz-save-state');
  var timerBox = document.getElementById('quiz-timer');
  var questionsBox = document.getElementById('quiz-questions');
  var submitBar = document.getElementById('quiz-submit-bar');
  var confirmBox = document.getElementById('quiz-confirm');
  var reviewBox = document.getElementById('quiz-review');
  var message = document.getElementById('quiz-message');

  var attempt = null;
  var slots = {};
  var offline = false;
  var retries = 0;
  var retryTimer = null;
  var deadline = null; // performance.now() at which the server's time ends; null: no limit
  var closed = false;
  var finished = false;

  function text(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    var attribute = 'data-text-' + name.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
    return (root.getAttribute(attribute) || '').replace(/\{(\d)\}/g, function (all, i) { return args[i]; });
  }

  function element(tag, className, content) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (content !== undefined) {
      e.textContent = content;
    }
    return e;
  }

  function html(tag, className, markup) {
    var e = element(tag, className);
    e.innerHTML = markup || ''; // sanitized by the server before it was stored
    return e;
  }

  /** The link dropped, timed out or the server is briefly away: worth keeping and sending again. */
  function Interruption() {
  }

  function call(method, path, body) {
    var controller = new AbortController();
    var timeout = setTimeout(function () { controller.abort(); }, REQUEST_TIMEOUT_MS);
    var headers = { 'Accept': 'application/json', 'Accept-Language': language };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    return fetch(api + path, {
      method: method, headers: headers, credentials: 'same-origin', signal: controller.signal,
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      clearTimeout(timeout);
      if (response.status === 502 || response.status === 503 || response.status === 504) {
        throw new Interruption();
      }
      return response.json().catch(function () { return {}; }).then(function (json) {
        return { status: response.status, body: json };
      });
    }, function () {
      clearTimeout(timeout);
      throw new Interruption();
    });
  }

  function newSaveId() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  // --- what this device keeps until the server has it ---

  function storeKey(slot) {
    return STORE + attempt.id + ':' + slot;
  }

  function keep(slot, save) {
    try {
      localStorage.setItem(storeKey(slot), JSON.stringify(save));
    } catch (e) { /* private mode or full: the save is still held in memory */ }
  }

  function kept(slot) {
    try {
      return JSON.parse(localStorage.getItem(storeKey(slot)));
    } catch (e) {
      return null;
    }
  }

  function forget(slot, saveId) {
    var held = kept(slot);
    if (held && held.saveId === saveId) {
      try {
        localStorage.removeItem(storeKey(slot));
      } catch (e) { /* nothing was kept */ }
    }
  }

  function same(a, b) {
    return JSON.stringify(a || []) === JSON.stringify(b || []);
  }

  // --- rendering the questions ---

  function points(value) {
    return numbers.format(Number(value));
  }

  function gapsIn(markup) {
    return markup.replace(/\[\[gap:(\d+)\]\]/g, '<span data-gap="$1"></span>');
  }

  function choiceInput(type, name, value, label) {
    var row = element('label', 'hl-choice');
    var input = element('input');
    input.type = type;
    input.name = name;
    input.value = value;
    row.appendChild(input);
    row.appendChild(typeof label === 'string' ? element('span', null, label) : label);
    return row;
  }

  function select(options, label) {
    var box = element('select');
    box.setAttribute('aria-label', label);
    var none = element('option', null, text('choose'));
    none.value = '';
    box.appendChild(none);
    options.forEach(function (c) {
      var option = element('option', null, html('span', null, c.html).textContent);
      option.value = c.id;
      box.appendChild(option);
    });
    return box;
  }

  function textBox(numeric, label) {
    var input = element('input', 'hl-answer-text');
    input.type = 'text';
    input.setAttribute('aria-label', label);
    input.setAttribute('autocomplete', 'off');
    if (numeric) {
      input.setAttribute('inputmode', 'decimal');
    }
    return input;
  }

  /** Puts a question's controls in its section and returns how to read and set its response. */
  function controls(item, section, stem) {
    var name = 'q' + item.slot;
    var label = text('question', item.slot);
    var answer = element('div', 'hl-answer');
    section.appendChild(answer);
    switch (item.type) {
      case 'SINGLE_CHOICE':
      case 'TRUE_FALSE':
      case 'MULTIPLE_RESPONSE':
        var choices = item.choices && item.choices.length ? item.choices
          : [{ id: 'true', text: text('true') }, { id: 'false', text: text('false') }];
        var kind = item.type === 'MULTIPLE_RESPONSE' ? 'checkbox' : 'radio';
        choices.forEach(function (c) {
          answer.appendChild(choiceInput(kind, name, c.id, c.text || html('span', null, c.html)));
        });
        return {
          read: function () {
            return Array.prototype.filter.call(answer.querySelectorAll('input'), function (i) { return i.checked; })
              .map(function (i) { return i.value; });
          },
          set: function (values) {
            Array.prototype.forEach.call(answer.querySelectorAll('input'), function (i) { i.checked = values.indexOf(i.value) >= 0; });
          }
        };
      case 'SHORT_TEXT':
      case 'NUMERIC':
      case 'ESSAY':
        var box = item.type === 'ESSAY' ? element('textarea', 'hl-answer-essay') : textBox(item.type === 'NUMERIC', label);
        if (item.type === 'ESSAY') {
          box.rows = 6;
          box.setAttribute('aria-label', label);
        }
        var gap = stem.querySelector('[data-gap]');
        (gap || answer).appendChild(box);
        return {
          read: function () { return box.value.trim() ? [box.value] : []; },
          set: function (values) { box.value = values[0] || ''; }
        };
      case 'CLOZE':
        // the k-th gap in number order has the k-th options and answer, however the gaps are numbered (from 0 in some packages)
        var gaps = Array.prototype.map.call(stem.querySelectorAll('[data-gap]'), function (place) {
          return { n: Number(place.getAttribute('data-gap')), place: place };
        }).sort(function (a, b) { return a.n - b.n; }).map(function (gap, k) {
          var options = (item.gapChoices || [])[k] || [];
          var control = options.length ? select(options, label + ' · ' + (k + 1)) : textBox(false, label + ' · ' + (k + 1));
          gap.place.appendChild(control);
          return { n: gap.n, control: control };
        });
        return {
          read: function () {
            var values = gaps.map(function (g) { return g.control.value; });
            return values.some(function (v) { return v.trim(); }) ? values : [];
          },
          set: function (values) { gaps.forEach(function (g, i) { g.control.value = values[i] || ''; }); }
        };
      case 'MATCHING':
        var rows = item.choices.map(function (left) {
          var row = element('div', 'hl-match');
          row.appendChild(html('span', 'hl-match-left', left.html));
          var right = select(item.targets, html('span', null, left.html).textContent);
          row.appendChild(right);
          answer.appendChild(row);
          return { id: left.id, control: right };
        });
        return {
          read: function () {
            return rows.filter(function (r) { return r.control.value; }).map(function (r) { return r.id + '=' + r.control.value; });
          },
          set: function (values) {
            rows.forEach(function (r) {
              var pair = values.filter(function (v) { return v.indexOf(r.id + '=') === 0; })[0];
              r.control.value = pair ? pair.substring(r.id.length + 1) : '';
            });
          }
        };
      case 'ORDERING':
        var list = element('ol', 'hl-ordering');
        answer.appendChild(list);
        var byId = {};
        item.choices.forEach(function (c) {
          var li = element('li');
          li.setAttribute('data-choice', c.id);
          li.appendChild(html('span', 'hl-order-text', c.html));
          var up = element('button', 'hl-button hl-secondary hl-order-up', '↑');
          up.type = 'button';
          up.setAttribute('aria-label', text('up'));
          var down = element('button', 'hl-button hl-secondary hl-order-down', '↓');
          down.type = 'button';
          down.setAttribute('aria-label', text('down'));
          li.appendChild(up);
          li.appendChild(down);
          byId[c.id] = li;
          list.appendChild(li);
        });
        return {
          read: function () {
            return Array.prototype.map.call(list.children, function (li) { return li.getAttribute('data-choice'); });
          },
          set: function (values) {
            values.forEach(function (id) { if (byId[id]) { list.appendChild(byId[id]); } });
          },
          list: list
        };
      default:
        return { read: function () { return []; }, set: function () {} };
    }
  }

  function renderQuestion(item) {
    var section = element('section', 'hl-card hl-question');
    section.id = 'question-' + item.slot;
    section.setAttribute('data-slot', item.slot);
    var heading = element('h2', 'hl-question-title', text('question', item.slot) + ' ');
    heading.appendChild(element('span', 'hl-muted', text('points', points(item.points))));
    section.appendChild(heading);
    var stem = html('div', 'hl-stem', gapsIn(item.stem || ''));
    section.appendChild(stem);
    var s = {
      item: item, version: item.version, pending: null, sending: false, sent: [], typing: null, conflict: null,
      section: section, control: controls(item, section, stem)
    };
    s.state = element('p', 'hl-save-state hl-muted');
    s.state.setAttribute('aria-live', 'polite');
    section.appendChild(s.state);
    s.conflictBox = element('div', 'hl-conflict');
    s.conflictBox.hidden = true;
    section.appendChild(s.conflictBox);
    s.control.set(item.response || []);
    s.lastSaved = item.response || [];
    listen(s);
    slots[item.slot] = s;
    return section;
  }

  function listen(s) {
    s.section.addEventListener('change', function (event) {
      if (event.target.matches('input[type=text], textarea')) {
        clearTimeout(s.typing);
        s.typing = null;
      }
      changed(s);
    });
    s.section.addEventListener('input', function (event) {
      if (event.target.matches('input[type=text], textarea')) {
        clearTimeout(s.typing);
        s.typing = setTimeout(function () {
          s.typing = null;
          changed(s);
        }, TYPING_MS);
        showState(s); // typed but not yet sent: not saved
      }
    });
    if (s.control.list) {
      s.control.list.addEventListener('click', function (event) {
        var button = event.target.closest('button');
        if (!button) {
          return;
        }
        var li = button.parentNode;
        if (button.classList.contains('hl-order-up') && li.previousElementSibling) {
          li.parentNode.insertBefore(li, li.previousElementSibling);
        } else if (button.classList.contains('hl-order-down') && li.nextElementSibling) {
          li.parentNode.insertBefore(li.nextElementSibling, li);
        }
        button.focus();
        changed(s);
      });
    }
  }

  // --- saving ---

  function changed(s) {
    if (closed) {
      return;
    }
    var response = s.control.read();
    if (!s.pending && !s.sending && same(response, s.lastSaved)) {
      showState(s); // typed back to what the server has
      return;
    }
    if (s.conflict) { // answering again settles the conflict in favour of this device
      s.version = s.conflict.version;
      s.conflict = null;
      s.conflictBox.hidden = true;
    }
    s.pending = { response: response, saveId: newSaveId() };
    keep(s.item.slot, s.pending);
    send(s);
  }

  function send(s) {
    showState(s);
    if (s.sending || !s.pending || s.conflict || finished) {
      return;
    }
    var save = s.pending;
    s.sending = true;
    showState(s);
    call('PUT', 'attempts/' + attempt.id + '/answers/' + s.item.slot, { response: save.response, baseVersion: s.version, saveId: save.saveId })
      .then(function (reply) {
        s.sending = false;
        if (reply.status === 200) {
          s.version = reply.body.version;
          s.sent = [];
          saved(s, save);
          reconnected();
        } else if (reply.status === 409 && reply.body.error === 'answer_conflict') {
          reconnected();
          conflicted(s, reply.body, save);
        } else if (reply.status === 409 && reply.body.error === 'attempt_over') {
          s.pending = null;
          forget(s.item.slot, save.saveId);
          timeUp();
        } else {
          s.pending = null;
          forget(s.item.slot, save.saveId);
          s.state.textContent = reply.body.message || '';
          showGlobal();
        }
      }, function () {
        s.sending = false;
        s.sent.push(save.response);
        connectionLost();
        showState(s);
      });
  }

  function saved(s, save) {
    s.lastSaved = save.response;
    s.savedHere = true;
    if (s.pending === save) {
      s.pending = null;
      forget(s.item.slot, save.saveId);
      showState(s);
    } else {
      send(s); // the pupil changed the answer while this one travelled
    }
  }

  /** The server holds another answer: ours sent earlier (its reply lost), or one from another device. */
  function conflicted(s, server, save) {
    if (same(server.response, save.response)) {
      s.version = server.version;
      saved(s, save);
      return;
    }
    if (s.sent.some(function (r) { return same(r, server.response); })) {
      s.version = server.version;
      s.sent = [];
      send(s);
      return;
    }
    s.conflict = server;
    s.conflictBox.textContent = '';
    s.conflictBox.appendChild(element('p', null, text('conflict')));
    var theirs = element('p', 'hl-conflict-server');
    theirs.appendChild(element('strong', null, text('serverAnswer') + ' '));
    theirs.appendChild(describe(s.item, server.response));
    s.conflictBox.appendChild(theirs);
    var mine = element('button', 'hl-button hl-keep-mine', text('keepMine'));
    mine.type = 'button';
    mine.addEventListener('click', function () {
      s.version = server.version;
      s.conflict = null;
      s.conflictBox.hidden = true;
      s.pending = { response: s.control.read(), saveId: newSaveId() };
      keep(s.item.slot, s.pending);
      send(s);
    });
    var serverOne = element('button', 'hl-button hl-secondary hl-keep-server', text('keepServer'));
    serverOne.type = 'button';
    serverOne.addEventListener('click', function () {
      s.version = server.version;
      s.conflict = null;
      s.conflictBox.hidden = true;
      forget(s.item.slot, s.pending ? s.pending.saveId : '');
      s.pending = null;
      s.control.set(server.response);
      s.lastSaved = server.response;
      s.savedHere = true;
      showState(s);
    });
    s.conflictBox.appendChild(mine);
    s.conflictBox.appendChild(serverOne);
    s.conflictBox.hidden = false;
    showState(s);
  }

  function connectionLost() {
    offline = true;
    showGlobal();
    if (!retryTimer) {
      retryTimer = setTimeout(retry, RETRY_SECONDS[Math.min(retries, RETRY_SECONDS.length - 1)] * 1000);
      retries++;
    }
  }

  function reconnected() {
    if (!offline) {
      return;
    }
    offline = false;
    retries = 0;
    clearTimeout(retryTimer);
    retryTimer = null;
    sendAll();
    syncClock();
    showGlobal();
  }

  function retry() {
    retryTimer = null;
    var waiting = Object.keys(slots).map(function (k) { return slots[k]; }).filter(function (s) { return s.pending; });
    if (!waiting.length) {
      syncClock(); // nothing to send: the clock tells whether the link is back
      return;
    }
    sendAll();
  }

  function sendAll() {
    Object.keys(slots).forEach(function (k) { send(slots[k]); });
  }

  function showState(s) {
    var state = s.conflict ? text('conflictShort') : s.pending && offline ? text('kept')
      : s.sending || s.pending || s.typing ? text('saving') : s.savedHere ? text('saved') : '';
    s.state.textContent = state;
    s.section.setAttribute('data-save-state', s.conflict ? 'conflict' : s.pending && offline ? 'kept' : s.sending || s.pending || s.typing ? 'saving'
      : s.savedHere ? 'saved' : 'none');
    showGlobal();
  }

  function showGlobal() {
    var all = Object.keys(slots).map(function (k) { return slots[k]; });
    var state = finished ? '' : offline ? 'offline' : all.some(function (s) { return s.sending || s.pending || s.typing; }) ? 'saving'
      : all.some(function (s) { return s.savedHere; }) ? 'saved' : 'none';
    globalState.setAttribute('data-state', state);
    globalState.textContent = state === 'none' || state === '' ? '' : text(state);
    globalState.className = 'hl-save-global hl-' + state;
  }

  // --- the server's clock ---

  function setClock(remainingSeconds) {
    if (remainingSeconds === null || remainingSeconds === undefined) {
      deadline = null;
      timerBox.hidden = true;
      return;
    }
    deadline = performance.now() + remainingSeconds * 1000;
    timerBox.hidden = false;
    tick();
  }

  function tick() {
    if (deadline === null || finished) {
      return;
    }
    var left = Math.max(0, Math.round((deadline - performance.now()) / 1000));
    var minutes = Math.floor(left / 60);
    var seconds = left % 60;
    timerBox.textContent = text('timeLeft', minutes + ':' + (seconds < 10 ? '0' : '') + seconds);
    timerBox.classList.toggle('hl-time-short', left <= 60);
    if (left === 0) {
      timeUp();
    }
  }

  function syncClock() {
    if (!attempt || finished) {
      return;
    }
    call('GET', 'attempts/' + attempt.id + '/clock').then(function (reply) {
      reconnected();
      if (reply.status !== 200) {
        return;
      }
      if (reply.body.submittedAt) {
        submittedByServer();
      } else {
        setClock(reply.body.remainingSeconds);
      }
    }, function () {
      connectionLost();
    });
  }

  /** Time is up: the inputs close, what is kept is still sent (the server allows a short grace), the server hands the attempt in. */
  function timeUp() {
    if (closed) {
      return;
    }
    closed = true;
    message.textContent = text('timeUpWaiting');
    message.hidden = false;
    Array.prototype.forEach.call(questionsBox.querySelectorAll('input, select, textarea, button'), function (c) { c.disabled = true; });
    submitBar.hidden = true;
    confirmBox.hidden = true;
    sendAll();
    var wait = setInterval(function () {
      if (finished) {
        clearInterval(wait);
        return;
      }
      syncClock();
    }, AFTER_END_POLL_MS);
  }

  function submittedByServer() {
    if (finished) {
      return;
    }
    closed = true;
    message.textContent = text('timeUp');
    message.hidden = false;
    showReview(attempt.id);
  }

  // --- starting, handing in, reviewing ---

  function start() {
    startButton.disabled = true;
    message.hidden = true;
    call('POST', 'quizzes/' + quizId + '/attempts').then(function (reply) {
      startButton.disabled = false;
      if (reply.status !== 200) {
        message.textContent = reply.body.message || '';
        message.hidden = false;
        return;
      }
      begin(reply.body);
    }, function () {
      startButton.disabled = false;
      message.textContent = text('startOffline');
      message.hidden = false;
    });
  }

  function begin(view) {
    attempt = view;
    startButton.hidden = true;
    document.getElementById('quiz-before').hidden = true;
    questionsBox.textContent = '';
    slots = {};
    view.questions.forEach(function (item) { questionsBox.appendChild(renderQuestion(item)); });
    root.setAttribute('data-attempt', view.id);
    if (view.submittedAt) {
      showReview(view.id);
      return;
    }
    submitBar.hidden = false;
    // what this device kept from before (a reload, a phone that slept) goes first
    Object.keys(slots).forEach(function (k) {
      var held = kept(Number(k));
      if (held && held.saveId) {
        slots[k].pending = held;
        slots[k].control.set(held.response || []);
      }
    });
    sendAll();
    setClock(view.remainingSeconds);
    setInterval(tick, 1000);
    setInterval(syncClock, POLL_MS);
  }

  function unanswered() {
    return Object.keys(slots).map(function (k) { return slots[k]; })
      .filter(function (s) { return s.control.read().length === 0; })
      .map(function (s) { return s.item.slot; });
  }

  function askToSubmit() {
    var missing = unanswered();
    document.getElementById('quiz-confirm-list').textContent = missing.length
      ? text('unanswered', missing.join(', ')) : text('allAnswered');
    confirmBox.hidden = false;
    document.getElementById('quiz-confirm-yes').focus();
  }

  function submit() {
    var all = Object.keys(slots).map(function (k) { return slots[k]; });
    all.filter(function (s) { return s.typing; }).forEach(function (s) { // typed in the last moment
      clearTimeout(s.typing);
      s.typing = null;
      changed(s);
    });
    if (offline) {
      message.textContent = text('submitOffline');
      message.hidden = false;
      return;
    }
    if (all.some(function (s) { return s.pending || s.sending; })) {
      setTimeout(submit, 300); // the last answers first
      return;
    }
    confirmBox.hidden = true;
    call('POST', 'attempts/' + attempt.id + '/submit').then(function (reply) {
      if (reply.status === 200) {
        finish(reply.body);
      } else {
        message.textContent = reply.body.message || '';
        message.hidden = false;
      }
    }, function () {
      connectionLost();
      message.textContent = text('submitOffline');
      message.hidden = false;
    });
  }

  function finish(review) {
    finished = true;
    closed = true;
    Object.keys(slots).forEach(function (k) {
      try {
        localStorage.removeItem(storeKey(k));
      } catch (e) { /* nothing was kept */ }
    });
    questionsBox.hidden = true;
    submitBar.hidden = true;
    confirmBox.hidden = true;
    timerBox.hidden = true;
    showGlobal();
    renderReview(review);
  }

  function showReview(attemptId) {
    call('GET', 'attempts/' + attemptId + '/review').then(function (reply) {
      if (reply.status === 200) {
        if (attempt && attempt.id === reply.body.id) {
          finish(reply.body);
        } else {
          renderReview(reply.body);
        }
      }
    }, function () {
      message.textContent = text('startOffline');
      message.hidden = false;
    });
  }

  /** A response in words: options by their content, pairs as left → right, true/false translated. */
  function describe(item, values) {
    var out = element('span', 'hl-response');
    if (!values || !values.length) {
      out.textContent = text('noAnswer');
      return out;
    }
    var all = [].concat(item.choices || [], item.targets || []);
    (item.gapChoices || []).forEach(function (g) { all = all.concat(g); });
    function one(value) {
      var found = all.filter(function (c) { return c.id === value; })[0];
      if (found) {
        return html('span', 'hl-option', found.html);
      }
      if (value === 'true' || value === 'false') {
        return element('span', null, text(value));
      }
      return element('span', null, value);
    }
    values.forEach(function (value, i) {
      if (i > 0) {
        out.appendChild(document.createTextNode('; '));
      }
      var pair = value.indexOf('=') > 0 && (item.targets || []).length ? value.split('=') : null;
      if (pair) {
        out.appendChild(one(pair[0]));
        out.appendChild(document.createTextNode(' → '));
        out.appendChild(one(pair[1]));
      } else {
        out.appendChild(one(value));
      }
    });
    return out;
  }

  /** The values of a right answer (the key as the review shows it), in the response's shape. */
  function keyValues(key) {
    if (key.correct !== undefined) {
      return [].concat(key.correct).map(String);
    }
    if (key.accepted) {
      return [key.accepted.join(' / ')];
    }
    if (key.value !== undefined) {
      return [points(key.value) + (Number(key.tolerance) ? ' ± ' + points(key.tolerance) : '')];
    }
    if (key.pairs) {
      return Object.keys(key.pairs).map(function (k) { return k + '=' + key.pairs[k]; });
    }
    if (key.order) {
      return key.order;
    }
    if (key.gaps) {
      return key.gaps.map(function (g) { return keyValues(g).join(' / '); });
    }
    return [];
  }

  function renderReview(review) {
    reviewBox.textContent = '';
    reviewBox.hidden = false;
    reviewBox.appendChild(element('h2', null, text('reviewTitle')));
    if (review.score !== null && review.score !== undefined) {
      var score = element('p', 'hl-score', text('score', points(review.score), points(review.maxScore)));
      score.id = 'quiz-score';
      reviewBox.appendChild(score);
    }
    if (review.waitingForGrading) {
      reviewBox.appendChild(element('p', 'hl-muted', text('waiting', review.waitingForGrading)));
    }
    if (!review.shown || !review.shown.length) {
      reviewBox.appendChild(element('p', 'hl-muted', text('notShown')));
      return;
    }
    review.questions.forEach(function (item) {
      var section = element('section', 'hl-card hl-question hl-quiz-reviewed');
      section.setAttribute('data-slot', item.slot);
      section.appendChild(element('h3', null, text('question', item.slot)));
      section.appendChild(html('div', 'hl-stem', (item.stem || '').replace(/\[\[gap:(\d+)\]\]/g, '[$1] ____')));
      if (item.response) {
        var yours = element('p', 'hl-your-answer');
        yours.appendChild(element('strong', null, text('yourAnswer') + ' '));
        yours.appendChild(describe(item, item.response));
        section.appendChild(yours);
      }
      if (item.correct !== null && item.correct !== undefined) {
        section.appendChild(element('p', item.correct ? 'hl-quiz-right' : 'hl-quiz-wrong', text(item.correct ? 'right' : 'wrong')));
      }
      if (item.points !== null && item.points !== undefined) {
        section.appendChild(element('p', 'hl-muted', text('earned', points(item.points), points(item.maxPoints))));
      }
      if (item.rightAnswer) {
        var right = element('p', 'hl-right-answer');
        right.appendChild(element('strong', null, text('rightAnswer') + ' '));
        right.appendChild(describe(item, keyValues(item.rightAnswer)));
        section.appendChild(right);
      }
      reviewBox.appendChild(section);
    });
    reviewBox.scrollIntoView();
  }

  startButton.addEventListener('click', start);
  document.getElementById('quiz-submit').addEventListener('click', askToSubmit);
  document.getElementById('quiz-confirm-yes').addEventListener('click', submit);
  document.getElementById('quiz-confirm-no').addEventListener('click', function () { confirmBox.hidden = true; });
  Array.prototype.forEach.call(document.querySelectorAll('[data-review]'), function (button) {
    button.addEventListener('click', function () { showReview(button.getAttribute('data-review')); });
  });
  window.addEventListener('online', function () {
    if (attempt && !finished) {
      clearTimeout(retryTimer);
      retry();
    }
  });
  window.addEventListener('offline', function () {
    if (attempt && !finished) {
      connectionLost();
    }
  });
  if (root.getAttribute('data-resume')) {
    start(); // an attempt in progress: back to it at once
  }
})();
