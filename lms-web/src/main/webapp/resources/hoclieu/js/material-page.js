/*
 * The material page after it has loaded: follows ingest while files wait for the worker, switches
 * video quality, and draws PDFs with pdf.js (loaded only when asked for: 1.8 MB on a slow link).
 * Without JavaScript the page still shows every state; it just does not update by itself.
 */
(function () {
  'use strict';

  var POLL_MS = 3000;
  // the material page's file section (every reader's), or the review page's preview: both carry the
  // API's and pdf.js' addresses
  var page = document.getElementById('file-section') || document.querySelector('[data-pdfjs]');
  if (!page) {
    return;
  }
  var api = page.getAttribute('data-api');
  var materialId = page.getAttribute('data-material');

  function filesPanel() {
    return document.getElementById('files'); // replaced by every Faces update: look it up each time
  }

  /**
   * While a file is QUEUED or PROCESSING, asks the API (a few hundred bytes) every 3 s and renders
   * the list again only when a status changed, so a playing video is not interrupted for nothing.
   */
  function followIngest() {
    var panel = filesPanel();
    if (!panel || panel.getAttribute('data-pending') !== 'true' || document.hidden) {
      return;
    }
    fetch(api + 'materials/' + materialId, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (material) {
        if (material && changed(material.files, panel) && typeof window.hlRefreshFiles === 'function') {
          window.hlRefreshFiles();
        }
      })
      .catch(function () { /* offline for a moment: the next round asks again */ });
  }

  function changed(files, panel) {
    var shown = panel.querySelectorAll('[data-file]');
    if (shown.length !== files.length) {
      return true;
    }
    return files.some(function (file) {
      var card = panel.querySelector('[data-file="' + file.id + '"]');
      return !card || card.getAttribute('data-status') !== file.status;
    });
  }

  /** Another quality continues where the reader was. */
  function switchQuality(select) {
    var video = select.closest('.hl-file-body').querySelector('video');
    var at = video.currentTime;
    var playing = !video.paused;
    video.src = select.value;
    video.load();
    video.addEventListener('loadedmetadata', function seek() {
      video.removeEventListener('loadedmetadata', seek);
      video.currentTime = at;
      if (playing) {
        video.play();
      }
    });
  }

  function showPdf(button) {
    var box = button.closest('.hl-file-body').querySelector('.hl-pdf');
    if (!box.hidden) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    if (box.childElementCount > 0) {
      return;
    }
    import(page.getAttribute('data-pdfjs')).then(function (pdfjs) {
      pdfjs.GlobalWorkerOptions.workerSrc = page.getAttribute('data-pdfjs-worker');
      return pdfjs.getDocument({ url: button.getAttribute('data-src'), isEvalSupported: false }).promise;
    }).then(function (pdf) {
      return drawPages(pdf, box, button.getAttribute('data-text-page'), 1);
    }).catch(function () {
      box.textContent = button.getAttribute('data-text-failed');
    });
  }

  /** Page after page, at the width of the box (crisp on high-density phone screens). */
  function drawPages(pdf, box, pageText, number) {
    if (number > pdf.numPages) {
      return Promise.resolve();
    }
    return pdf.getPage(number).then(function (page) {
      var figure = document.createElement('figure');
      var canvas = document.createElement('canvas');
      var caption = document.createElement('figcaption');
      caption.textContent = pageText.replace('{0}', number).replace('{1}', pdf.numPages);
      figure.appendChild(canvas);
      figure.appendChild(caption);
      box.appendChild(figure);
      var density = window.devicePixelRatio || 1;
      var fit = page.getViewport({ scale: 1 });
      var viewport = page.getViewport({ scale: box.clientWidth / fit.width * density });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = '100%';
      return page.render({ canvasContext: canvas.getContext('2d'), viewport: viewport }).promise;
    }).then(function () {
      return drawPages(pdf, box, pageText, number + 1);
    });
  }

  // the file list is re-rendered by Faces: listen on the document, not on the buttons
  document.addEventListener('click', function (e) {
    var button = e.target.closest('.hl-pdf-open');
    if (button) {
      showPdf(button);
    }
  });
  document.addEventListener('change', function (e) {
    if (e.target.classList.contains('hl-quality-select')) {
      switchQuality(e.target);
    }
  });
  setInterval(followIngest, POLL_MS);
})();
