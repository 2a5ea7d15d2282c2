/*
 * Resumable uploads for the material page: a small tus 1.0.0 client (creation + core) of our own.
 * Files go up in 1 MiB PATCHes; a dropped link waits (1, 2, 4 … 30 s), asks the server with HEAD
 * how much arrived, and goes on from there. The upload's address is kept in localStorage under
 * the file's name, size and date, so a reloaded page (or a phone that slept) resumes instead of
 * starting over. A finished upload is attached to the material (POST /materials/{id}/files), then
 * the page's file list is rendered again by Faces (hlRefreshFiles, a p:remoteCommand).
 */
(function () {
  'use strict';

  var CHUNK_BYTES = 1024 * 1024;
  var WAIT_SECONDS = [1, 2, 4, 8, 15, 30, 30, 30, 30, 30];
  var STORAGE_PREFIX = 'hoclieu.upload:';

  var root = document.getElementById('uploader');
  if (!root) {
    return;
  }
  var input = document.getElementById('upload-input');
  var list = document.getElementById('upload-progress');
  var api = root.getAttribute('data-api');
  var materialId = root.getAttribute('data-material');
  var language = document.documentElement.lang || 'vi';
  var numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  var queue = Promise.resolve();

  function text(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    return root.getAttribute('data-text-' + name).replace(/\{(\d)\}/g, function (all, i) { return args[i]; });
  }

  /** The API refused: carries its sentence (JSON {error, message}) for the reader. */
  function Refusal(status, message) {
    this.status = status;
    this.message = message;
  }

  /** The link dropped or the server is briefly away: worth waiting and asking again. */
  function Interruption(reason) {
    this.message = reason;
  }

  function call(method, url, headers, body, onSent) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      xhr.setRequestHeader('Tus-Resumable', '1.0.0');
      xhr.setRequestHeader('Accept-Language', language);
      Object.keys(headers).forEach(function (name) { xhr.setRequestHeader(name, headers[name]); });
      // generous: a 1 MiB chunk takes over a minute on the slowest rural links
      xhr.timeout = 300000;
      if (onSent && xhr.upload) {
        xhr.upload.onprogress = function (e) { onSent(e.loaded); };
      }
      xhr.onload = function () {
        if (xhr.status >= 500 || xhr.status === 0) {
          reject(new Interruption('HTTP ' + xhr.status));
        } else {
          resolve(xhr);
        }
      };
      xhr.onerror = function () { reject(new Interruption('network')); };
      xhr.ontimeout = function () { reject(new Interruption('timeout')); };
      xhr.send(body === undefined ? null : body);
    });
  }

  function refusal(xhr) {
    var message;
    try {
      message = JSON.parse(xhr.responseText).message;
    } catch (e) {
      message = null;
    }
    return new Refusal(xhr.status, message || text('failed', 'HTTP ' + xhr.status));
  }

  function b64(value) {
    // btoa takes Latin-1 only: encode the UTF-8 bytes of a Vietnamese file name first
    var bytes = new TextEncoder().encode(value);
    var latin1 = '';
    bytes.forEach(function (b) { latin1 += String.fromCharCode(b); });
    return btoa(latin1);
  }

  function sleep(seconds) {
    return new Promise(function (resolve) { setTimeout(resolve, seconds * 1000); });
  }

  /** Runs step() again after an interruption, up to WAIT_SECONDS.length times; refusals end it. */
  function persistently(step, row) {
    var attempt = 0;
    function run() {
      return step().catch(function (failure) {
        if (!(failure instanceof Interruption) || attempt >= WAIT_SECONDS.length) {
          throw failure;
        }
        var wait = WAIT_SECONDS[attempt++];
        row.say(text('waiting', wait));
        return sleep(wait).then(run);
      });
    }
    return run();
  }

  function uploadUrl(location) {
    // the id is the last path segment; the address is rebuilt on this origin, whatever a proxy wrote
    return api + 'uploads/' + location.substring(location.lastIndexOf('/') + 1);
  }

  /** How many bytes the server holds, or null if it no longer knows the upload. */
  function offsetOf(url) {
    return call('HEAD', url, {}).then(function (xhr) {
      return xhr.status === 200 ? Number(xhr.getResponseHeader('Upload-Offset')) : null;
    });
  }

  function create(file) {
    return call('POST', api + 'uploads', {
      'Upload-Length': String(file.size),
      'Upload-Metadata': 'filename ' + b64(file.name) + ',filetype ' + b64(file.type || 'application/octet-stream')
    }).then(function (xhr) {
      if (xhr.status !== 201) {
        throw refusal(xhr);
      }
      return uploadUrl(xhr.getResponseHeader('Location'));
    });
  }

  /** Where this file's bytes go: a stored upload the server still knows, or a new one. */
  function start(file, key) {
    var stored = localStorage.getItem(key);
    var known = stored ? offsetOf(stored) : Promise.resolve(null);
    return known.then(function (offset) {
      if (offset !== null) {
        return { url: stored, offset: offset };
      }
      return create(file).then(function (url) {
        localStorage.setItem(key, url);
        return { url: url, offset: 0 };
      });
    });
  }

  /** PATCHes the rest of the file, chunk after chunk, from upload.offset. */
  function send(file, upload, row) {
    if (upload.offset >= file.size) {
      return Promise.resolve();
    }
    var from = upload.offset;
    var chunk = file.slice(from, Math.min(from + CHUNK_BYTES, file.size));
    return call('PATCH', upload.url, {
      'Upload-Offset': String(from),
      'Content-Type': 'application/offset+octet-stream'
    }, chunk, function (sent) { row.progress(from + sent, file.size); }).then(function (xhr) {
      if (xhr.status === 409) {
        throw new Interruption('offset'); // the server holds other bytes than we thought: ask it again
      }
      if (xhr.status !== 204) {
        throw refusal(xhr);
      }
      upload.offset = Number(xhr.getResponseHeader('Upload-Offset'));
      row.progress(upload.offset, file.size);
      return send(file, upload, row);
    });
  }

  /** After an interruption the server may hold fewer bytes than were sent: HEAD says how many. */
  function resume(upload) {
    return offsetOf(upload.url).then(function (offset) {
      if (offset === null) {
        throw new Refusal(404, text('failed', 'HTTP 404'));
      }
      upload.offset = offset;
    });
  }

  function attach(url) {
    return call('POST', api + 'materials/' + materialId + '/files', { 'Content-Type': 'application/json' },
        JSON.stringify({ uploadId: url.substring(url.lastIndexOf('/') + 1) })).then(function (xhr) {
      if (xhr.status !== 201) {
        throw refusal(xhr);
      }
      return JSON.parse(xhr.responseText);
    });
  }

  function upload(file) {
    var row = progressRow(file);
    var key = STORAGE_PREFIX + file.name + ':' + file.size + ':' + file.lastModified;
    var target;
    return persistently(function () { return start(file, key); }, row)
      .then(function (upload) {
        target = upload;
        row.progress(upload.offset, file.size);
        var firstAttempt = true;
        return persistently(function () {
          var ready = firstAttempt ? Promise.resolve() : resume(target);
          firstAttempt = false;
          return ready.then(function () { return send(file, target, row); });
        }, row);
      })
      .then(function () {
        row.say(text('attaching'));
        return persistently(function () { return attach(target.url); }, row);
      })
      .then(function (attached) {
        localStorage.removeItem(key);
        row.done(attached.sameBytesIn || []);
        refreshFiles();
      })
      .catch(function (failure) {
        row.fail(failure.message || String(failure));
      });
  }

  function refreshFiles() {
    if (typeof window.hlRefreshFiles === 'function') {
      window.hlRefreshFiles();
    } else {
      window.location.reload();
    }
  }

  /** One line per file: name, bar, "45 % · 1,2 MB / 2,6 MB", then the outcome. */
  function progressRow(file) {
    var item = document.createElement('li');
    item.className = 'hl-upload';
    var name = document.createElement('span');
    name.className = 'hl-upload-name';
    name.textContent = file.name;
    var bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    var status = document.createElement('span');
    status.className = 'hl-upload-status';
    item.appendChild(name);
    item.appendChild(bar);
    item.appendChild(status);
    list.appendChild(item);
    function size(bytes) {
      var units = ['B', 'KB', 'MB', 'GB'];
      var unit = 0;
      while (bytes >= 1000 && unit < units.length - 1) {
        bytes /= 1000;
        unit++;
      }
      return numbers.format(bytes) + ' ' + units[unit];
    }
    return {
      progress: function (sent, total) {
        var percent = total === 0 ? 100 : Math.floor(sent * 100 / total);
        bar.value = percent;
        status.textContent = text('uploading', percent, size(sent), size(total));
      },
      say: function (message) {
        status.textContent = message;
      },
      done: function (sameBytesIn) {
        bar.value = 100;
        item.classList.add('hl-upload-done');
        status.textContent = text('done', size(file.size));
        if (sameBytesIn.length > 0) {
          var warning = document.createElement('p');
          warning.className = 'hl-warning hl-duplicate';
          warning.appendChild(document.createTextNode(text('duplicate') + ' '));
          sameBytesIn.forEach(function (id, i) {
            var link = document.createElement('a');
            link.href = 'material.xhtml?id=' + encodeURIComponent(id);
            link.textContent = text('material', id);
            warning.appendChild(link);
            if (i < sameBytesIn.length - 1) {
              warning.appendChild(document.createTextNode(', '));
            }
          });
          item.appendChild(warning);
        }
      },
      fail: function (message) {
        item.classList.add('hl-upload-failed');
        status.textContent = message;
        status.setAttribute('role', 'alert');
      }
    };
  }

  input.addEventListener('change', function () {
    var files = Array.prototype.slice.call(input.files);
    input.value = '';
    // one after another: on a slow link parallel uploads only make each of them slower
    files.forEach(function (file) {
      queue = queue.then(function () { return upload(file); });
    });
  });
})();
